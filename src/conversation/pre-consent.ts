// Before a person has seen the consent note, nothing about them goes into the
// database: no people row, no state, no subscription. Their first message is
// answered at once (answering needs no storage) with the note attached; from
// the next interaction on they are informed ("Pokračováním souhlasíte…") and
// the core writes the row.
//
// To know that the note was shown, and to keep the little dialogue state a
// first answer creates (a question waiting for "ask:yes"), this process keeps
// them in memory only, for a day at most. Nothing survives a restart or
// reaches another instance: then the note is simply shown again, which is the
// honest fallback. A button press always counts as continuing: buttons only
// come on our messages, and every reply to a person we hold nothing about
// carries the note.
import type { AppDeps } from "../deps.js";
import type { DialogueState } from "./state.js";

const TTL_MS = 24 * 60 * 60_000;
/** Enough for a busy day; when full, the oldest are dropped (they see the note again). */
const LIMIT = 20_000;

interface Shown {
  at: number;
  state: DialogueState;
}

const memories = new WeakMap<AppDeps, Map<string, Shown>>();

function memoryOf(deps: AppDeps): Map<string, Shown> {
  let m = memories.get(deps);
  if (!m) memories.set(deps, (m = new Map()));
  return m;
}

const keyOf = (channel: string, userRef: string) => `${channel}\u0000${userRef}`;

/** The state remembered when the note was shown (and forgets it), or undefined. */
export function takeShown(deps: AppDeps, channel: string, userRef: string): DialogueState | undefined {
  const m = memoryOf(deps);
  const key = keyOf(channel, userRef);
  const found = m.get(key);
  if (!found) return undefined;
  m.delete(key);
  return deps.clock() - found.at < TTL_MS ? found.state : undefined;
}

/** Remembers, in memory only, that the note was shown, with the turn's state. */
export function rememberShown(deps: AppDeps, channel: string, userRef: string, state: DialogueState): void {
  const m = memoryOf(deps);
  if (m.size >= LIMIT) {
    // Maps iterate in insertion order: the first keys are the oldest.
    for (const k of m.keys()) {
      m.delete(k);
      if (m.size < LIMIT * 0.9) break;
    }
  }
  m.set(keyOf(channel, userRef), { at: deps.clock(), state });
}

/** /forget before consent: drop what memory holds too. */
export function forgetShown(deps: AppDeps, channel: string, userRef: string): void {
  memoryOf(deps).delete(keyOf(channel, userRef));
}
