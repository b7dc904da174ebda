// Asking a person: the redacted question is shown first, and only "ask:yes"
// passes it to the garant through the relay (src/relay/questions.ts), with a
// reply route to this chat. Nothing identifying travels with it.
import { submitQuestion } from "../relay/questions.js";
import { forwardPreview } from "./answers.js";
import { action, backToMenu, menuMessage, type Reply, type Turn } from "./turn.js";

export function askCommand(turn: Turn, args: string): Reply {
  if (args.length >= 3) return forwardPreview(turn, args);
  return askAction(turn, "") as Reply;
}

export function askAction(turn: Turn, arg: string): Reply | Promise<Reply> {
  const { t, state } = turn;
  if (arg === "yes") return confirm(turn);
  if (arg === "no") {
    state.pending = undefined;
    state.step = undefined;
    return [{ text: t("bot:ask.cancelled") }, menuMessage(t)];
  }
  if (state.lastText) return forwardPreview(turn, state.lastText);
  state.step = "asking";
  return [{ text: t("bot:ask.prompt"), buttons: [backToMenu(t)] }];
}

/** The theme for statistics: the first tag of the nearest entry, if any is near. */
function themeOf(turn: Turn, text: string): string | null {
  const { kb, engine } = turn.deps.knowledge.current();
  const r = engine.match(text, turn.state.pendingLang ?? turn.lang);
  const id = r.id ?? r.suggestions[0];
  const entry = id ? kb.byId.get(id)?.values().next().value : undefined;
  return entry?.tags[0] ?? null;
}

async function confirm(turn: Turn): Promise<Reply> {
  const { t, state, deps, event } = turn;
  const text = state.pending;
  if (!text) return [{ text: t("bot:ask.nothing"), buttons: [action(t("bot:menu.zeptat"), "ask"), backToMenu(t)] }];
  await submitQuestion(deps, {
    channel: event.channel,
    lang: state.pendingLang ?? turn.lang,
    audience: turn.audience ?? "unknown",
    theme: themeOf(turn, text),
    text,
    replyTo: { channel: event.channel, address: event.address },
  });
  state.pending = undefined;
  state.pendingLang = undefined;
  state.lastText = undefined;
  state.step = undefined;
  return [{ text: t("bot:ask.sent"), buttons: [backToMenu(t)] }];
}
