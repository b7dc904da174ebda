// The interaction payloads Discord posts, parsed with zod after the signature
// check. Only the fields we read are declared.
import { InteractionType } from "discord-api-types/v10";
import { z } from "zod";

const snowflake = z.string().regex(/^\d{1,20}$/);
const user = z.object({ id: snowflake, locale: z.string().max(16).optional() }).loose();

type Option = { name: string; type: number; value?: string | number | boolean; focused?: boolean; options?: Option[] };
const option: z.ZodType<Option> = z.lazy(() =>
  z.object({
    name: z.string().max(32),
    type: z.number().int(),
    value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(option).max(25).optional(),
  }),
);

const textInput = z.object({ type: z.number().int(), custom_id: z.string().max(100), value: z.string().max(4000).optional() }).loose();

export const interactionSchema = z.object({
  id: snowflake,
  application_id: snowflake,
  type: z.number().int(),
  token: z.string().min(1).max(500),
  version: z.number().int().optional(),
  locale: z.string().max(16).optional(),
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  member: z.object({ user }).loose().optional(),
  user: user.optional(),
  data: z.object({
    name: z.string().max(32).optional(),
    options: z.array(option).max(25).optional(),
    custom_id: z.string().max(100).optional(),
    component_type: z.number().int().optional(),
    // Modal submits: rows of text inputs (older shape) or labels holding one component (newer).
    components: z.array(z.object({
      type: z.number().int(),
      components: z.array(textInput).max(5).optional(),
      component: textInput.optional(),
    }).loose()).max(5).optional(),
  }).loose().optional(),
}).loose();

export type Interaction = z.infer<typeof interactionSchema>;
export type CommandOption = Option;

export function parseInteraction(json: unknown): Interaction | null {
  const parsed = interactionSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The person who acted: member.user in a server, user in a DM. */
export function actorId(i: Interaction): string | null {
  return i.member?.user.id ?? i.user?.id ?? null;
}

export function optionValue(i: Interaction, name: string): string | undefined {
  const v = i.data?.options?.find((o) => o.name === name)?.value;
  return v === undefined ? undefined : String(v);
}

export function focusedOption(i: Interaction): Option | undefined {
  return i.data?.options?.find((o) => o.focused);
}

/** The value of a text input in a submitted modal. */
export function modalValue(i: Interaction, customId: string): string | undefined {
  for (const row of i.data?.components ?? []) {
    for (const c of [...(row.components ?? []), ...(row.component ? [row.component] : [])]) {
      if (c.custom_id === customId) return c.value;
    }
  }
  return undefined;
}

export { InteractionType };
