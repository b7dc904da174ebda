// First contact: who we are, the consent note, and (optional) language and
// "who are you" choices. Shown with the first reply, never blocking it.
import type { OutboundMessage } from "../channels/types.js";
import { AUDIENCES } from "../store/index.js";
import { action, type Turn } from "./turn.js";

const LANGUAGE_NAMES = { cs: "Čeština", en: "English", uk: "Українська" } as const;

export function languageButtons() {
  return Object.entries(LANGUAGE_NAMES).map(([code, name]) => action(name, `lang:${code}`));
}

/** full: the /start greeting; otherwise the short version appended to a first answer. */
export function welcome(turn: Turn, full: boolean): OutboundMessage {
  const { t } = turn;
  return {
    text: full ? `${t("bot:welcome.text")}\n\n${t("bot:welcome.chooseLang")}` : t("bot:welcome.chooseLang"),
    note: t("bot:consent"),
    buttons: [...languageButtons(), ...AUDIENCES.map((a) => action(t(`bot:who.${a}`), `who:${a}`))],
  };
}

export function languageMenu(turn: Turn): OutboundMessage {
  return { text: turn.t("bot:lang.prompt"), buttons: languageButtons() };
}
