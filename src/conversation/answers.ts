// Free text → the answer engine → an answer, suggestions, or the offer to
// pass the question to the garant (showing the redacted text first).
import type { OutboundMessage } from "../channels/types.js";
import { headline, pickEntry } from "../content/pick.js";
import type { KnowledgeBase } from "../content/types.js";
import { formatDate } from "../i18n.js";
import { words } from "../answers/normalize.js";
import { redactPersonalData } from "../privacy/redact.js";
import { dateText, markdownToPlain, shorten } from "./text.js";
import { action, backToMenu, menuMessage, type Reply, type Turn, type T } from "./turn.js";

/** Questions longer than this are cut before matching and forwarding. */
export const MAX_QUESTION_CHARS = 1500;
const LABEL_CHARS = 60;

/** The language the engine reads the text in: Cyrillic is Ukrainian, else the person's language. */
export function textLanguage(text: string, uiLang: string): string {
  return /[\u0400-\u04FF]/.test(text) ? "uk" : uiLang;
}

const plainBodies = new WeakMap<object, string>();
function plainBody(e: { body: string }): string {
  let v = plainBodies.get(e);
  if (v === undefined) plainBodies.set(e, (v = markdownToPlain(e.body)));
  return v;
}

/** One vetted entry as a message: title, plain body, "Ověřeno …" and translation notes, feedback buttons. */
export function entryMessage(kb: KnowledgeBase, id: string, lang: string, t: T): OutboundMessage | null {
  const picked = pickEntry(kb, id, lang);
  if (!picked) return null;
  const e = picked.entry;
  const title = e.collection === "rumours" ? `${t(`verdict.${e.verdict}`)}: ${e.claim}` : e.title;
  const notes: string[] = [t("answer.verified", { date: dateText(formatDate, e.verified, lang), office: e.verifiedBy })];
  if (picked.fallback) notes.push(t("answer.missingTranslation"));
  else if (e.machineTranslated) notes.push(t("answer.machineTranslation"));
  return {
    title,
    text: plainBody(e),
    note: notes.join("\n"),
    buttons: [
      action(`${t("bot:answer.helped")} ${t("bot:answer.yes")}`, `fb:1:${id}`),
      action(t("bot:answer.no"), `fb:0:${id}`),
      action(t("bot:answer.askHuman"), "ask"),
      backToMenu(t),
    ],
  };
}

/** Suggestions as buttons; a rumour is labelled as one, so its claim is not read as a fact. */
export function suggestionButtons(kb: KnowledgeBase, ids: string[], lang: string, t: T) {
  return ids.flatMap((id) => {
    const p = pickEntry(kb, id, lang);
    if (!p) return [];
    const label = p.entry.collection === "rumours" ? t("answer.rumourClaim", { claim: p.entry.claim }) : headline(p.entry);
    return [action(shorten(label, LABEL_CHARS), `e:${id}`)];
  });
}

/** The offer to forward: the redacted text as it would travel, and a yes/no. */
export function forwardPreview(turn: Turn, text: string, intro?: string, redacted = redactPersonalData(text.slice(0, MAX_QUESTION_CHARS)).text): Reply {
  const { t } = turn;
  turn.state.pending = redacted;
  turn.state.pendingLang = textLanguage(text, turn.lang);
  turn.state.step = undefined;
  return [{
    text: [intro, t("bot:ask.preview")].filter(Boolean).join("\n\n"),
    note: undefined,
    buttons: [],
  }, {
    text: `„${redacted}“\n\n${t("bot:ask.confirm")}`,
    buttons: [action(t("bot:ask.yes"), "ask:yes"), action(t("bot:ask.no"), "ask:no")],
  }];
}

/** What the person typed, when it is not a command. */
export function freeText(turn: Turn, raw: string): Reply {
  const { deps, t, lang } = turn;
  const text = raw.slice(0, MAX_QUESTION_CHARS);
  if (turn.state.step === "asking") return forwardPreview(turn, text);
  const { kb, engine } = deps.knowledge.current();
  const r = engine.match(text, textLanguage(text, lang));
  if (r.smallTalk) return [{ text: t(`answer.${r.smallTalk}`), buttons: r.smallTalk === "greeting" ? menuMessage(t).buttons : undefined }];
  if (r.decision === "answer" && r.id) {
    const m = entryMessage(kb, r.id, lang, t);
    if (m) {
      // "Ask a person" after an answer asks for the question anew: what is missing is rarely the same words.
      turn.state.lastEntry = r.id;
      turn.state.lastText = undefined;
      return [m];
    }
  }
  const redacted = redactPersonalData(text).text;
  turn.state.lastText = redacted;
  const options = [r.id, ...r.suggestions].filter((x): x is string => !!x).slice(0, 5);
  if (r.decision === "suggest" && options.length) {
    return [{
      text: t("answer.suggestIntro"),
      buttons: [...suggestionButtons(kb, options, lang, t), action(t("bot:answer.noneOfThese"), "ask"), backToMenu(t)],
    }];
  }
  // Nothing fits. "ok", "hm": not worth a garant's time; show the menu instead.
  if (words(text).length < 2) return [menuMessage(t)];
  const reply = forwardPreview(turn, text, t("answer.forward"), redacted);
  if (options.length) reply[0]!.buttons = suggestionButtons(kb, options, lang, t);
  return reply;
}
