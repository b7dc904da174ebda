// Words only the Discord adapter says: slash-command descriptions, modal
// titles, the staff channel. The dialogue's own words are in locales/bot.
// Staff-facing strings are Czech only (the city's staff). en and uk are machine-made.
import { uiLanguageFor } from "../../i18n.js";

export interface DiscordStrings {
  askModalTitle: string;
  askModalLabel: string;
  askModalPlaceholder: string;
  working: string;
}

const STRINGS: Record<"cs" | "en" | "uk", DiscordStrings> = {
  cs: {
    askModalTitle: "Zeptat se člověka",
    askModalLabel: "Vaše otázka",
    askModalPlaceholder: "Napište otázku. Jméno ani telefon sem psát nemusíte.",
    working: "Pracuji na tom…",
  },
  en: {
    askModalTitle: "Ask a person",
    askModalLabel: "Your question",
    askModalPlaceholder: "Write your question. No need to give your name or phone number.",
    working: "Working on it…",
  },
  uk: {
    askModalTitle: "Запитати людину",
    askModalLabel: "Ваше питання",
    askModalPlaceholder: "Напишіть питання. Імʼя чи телефон писати не потрібно.",
    working: "Працюю над цим…",
  },
};

export function discordStrings(lang: string | null | undefined): DiscordStrings {
  return STRINGS[uiLanguageFor(lang)];
}

/** The staff channel speaks Czech. */
export const STAFF = {
  newQuestion: "Nový dotaz",
  theme: "téma",
  lang: "jazyk",
  answerButton: "Odpovědět",
  modalTitle: "Odpověď tazateli",
  modalLabel: "Odpověď (odejde anonymně tazateli)",
  notGarant: "Na dotazy odpovídá garant nebo správce; váš účet tu roli nemá.",
  notLinked: "Odpovídat může jen propojený účet pracovníka. Kód pro propojení vytvoříte v konzoli, pak napište /propojit KÓD.",
  linked: "Účet je propojen s {email}. Můžete odpovídat na dotazy.",
  badCode: "Kód neplatí (je špatně opsaný, použitý nebo starší než 15 minut). Vytvořte v konzoli nový.",
  notFound: "Tento dotaz už neexistuje.",
  alreadyAnswered: "Na tento dotaz už někdo odpověděl.",
  delivered: "Odpověď odešla tazateli.",
  queued: "Odpověď je uložená; tazateli ji doručíme, jakmile to půjde.",
  answeredBy: "Zodpovězeno",
} as const;
