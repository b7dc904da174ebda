// The few words only the WhatsApp adapter says (the dialogue's own words,
// including the answer to pictures and voice messages, are in locales/bot).
// en and uk are machine-made.
import { uiLanguageFor } from "../../i18n.js";

export interface WhatsAppStrings {
  listButton: string;
  moreOptions: string;
}

const STRINGS: Record<"cs" | "en" | "uk", WhatsAppStrings> = {
  cs: {
    listButton: "Vybrat",
    moreOptions: "Další možnosti:",
  },
  en: {
    listButton: "Choose",
    moreOptions: "More options:",
  },
  uk: {
    listButton: "Вибрати",
    moreOptions: "Інші варіанти:",
  },
};

export function whatsappStrings(lang: string | null | undefined): WhatsAppStrings {
  return STRINGS[uiLanguageFor(lang)];
}
