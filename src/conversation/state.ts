// The dialogue state kept per person in people.state (JSON). Small on
// purpose: only what the next message needs. Parsed with zod because the
// column may hold an older shape after an upgrade (then it reads as empty).
import { z } from "zod";

export const dialogueState = z.object({
  /** "asking": the next free text goes straight to the garant preview, not the engine. */
  step: z.enum(["asking"]).optional(),
  /** The last free-text question, already redacted: offered to the garant on "ask". */
  lastText: z.string().max(2000).optional(),
  /** The redacted question waiting for "ask:yes". */
  pending: z.string().max(2000).optional(),
  /** The language the question was written in (engine's guess), for the garant. */
  pendingLang: z.string().max(8).optional(),
  /** The entry last answered, for the "ask a person" context. */
  lastEntry: z.string().max(120).optional(),
  /** The welcome (with the consent note) was shown. */
  welcomed: z.boolean().optional(),
});
export type DialogueState = z.infer<typeof dialogueState>;

export function readState(raw: unknown): DialogueState {
  const parsed = dialogueState.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}
