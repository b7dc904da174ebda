// One turn of the dialogue: who is speaking, in which language, what state
// they are in, and what the turn wants to change. Handlers read a Turn and
// return messages; the core writes the changes back in one statement.
import type { i18n } from "i18next";
import type { Button, InboundEvent, OutboundMessage } from "../channels/types.js";
import type { AppDeps } from "../deps.js";
import type { UiLanguage } from "../i18n.js";
import type { Audience, Person } from "../store/index.js";
import type { DialogueState } from "./state.js";

/** Translation function of the core: a key and interpolation values → text. */
export type T = (key: string, options?: Record<string, string | number>) => string;

const memo = new WeakMap<i18n, Map<string, Map<string, string>>>();
const MEMO_LIMIT = 5000;

/**
 * i18next's t() costs a fraction of a millisecond per call, and a reply uses
 * a dozen; UI strings never change while running, so each (language, key,
 * values) is translated once.
 */
export function cachedT(instance: i18n, lang: string): T {
  let perLang = memo.get(instance);
  if (!perLang) memo.set(instance, (perLang = new Map()));
  let cache = perLang.get(lang);
  if (!cache) perLang.set(lang, (cache = new Map()));
  const fixed = instance.getFixedT(lang);
  const c = cache;
  return (key, options) => {
    const k = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let v = c.get(k);
    if (v === undefined) {
      v = String(fixed(key, options as never));
      if (c.size >= MEMO_LIMIT) c.clear();
      c.set(k, v);
    }
    return v;
  };
}

export interface Turn {
  deps: AppDeps;
  event: InboundEvent;
  person: Person | null;
  /** The UI language of this turn (the person's choice, else a guess). */
  lang: UiLanguage;
  t: T;
  audience: Audience | null;
  /** Mutable: handlers change it; the core saves it after the turn. */
  state: DialogueState;
  /** Person fields to save after the turn. */
  patch: { lang?: UiLanguage; audience?: Audience };
  /** Set by /forget: nothing may be written after the turn. */
  forgotten?: boolean;
}

export type Reply = OutboundMessage[];

export const action = (label: string, act: string): Button => ({ kind: "action", label, action: act });

/** The main menu buttons, in the order of the brief. */
export function menuButtons(t: T): Button[] {
  return [
    action(t("bot:menu.faq"), "faq"),
    action(t("bot:menu.myty"), "myty"),
    action(t("bot:menu.timeline"), "timeline"),
    action(t("bot:menu.kontakty"), "kontakty"),
    action(t("bot:menu.setkani"), "setkani"),
    action(t("bot:menu.zeptat"), "ask"),
    action(t("bot:menu.odber"), "sub"),
    action(t("bot:menu.jazyk"), "lang"),
  ];
}

export function menuMessage(t: T): OutboundMessage {
  return { text: t("bot:menu.text"), buttons: menuButtons(t) };
}

export const backToMenu = (t: T): Button => action(t("bot:menu.back"), "menu");
