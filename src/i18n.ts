// UI strings (locales/*.json) through i18next. Czech is the fallback for
// anything missing. Resources are bundled by import, so Workers need no disk.
import i18next, { type i18n, type TFunction } from "i18next";
import cs from "../locales/cs.json" with { type: "json" };
import en from "../locales/en.json" with { type: "json" };
import uk from "../locales/uk.json" with { type: "json" };
// One namespace per part of the product, so each part edits only its own files:
// t("web:home.title"), t("ask:form.title"), t("bot:menu.faq"), t("staff:inbox.title").
import askCs from "../locales/ask/cs.json" with { type: "json" };
import askEn from "../locales/ask/en.json" with { type: "json" };
import askUk from "../locales/ask/uk.json" with { type: "json" };
import botCs from "../locales/bot/cs.json" with { type: "json" };
import botEn from "../locales/bot/en.json" with { type: "json" };
import botUk from "../locales/bot/uk.json" with { type: "json" };
import staffCs from "../locales/staff/cs.json" with { type: "json" };
import staffEn from "../locales/staff/en.json" with { type: "json" };
import staffUk from "../locales/staff/uk.json" with { type: "json" };
import webCs from "../locales/web/cs.json" with { type: "json" };
import webEn from "../locales/web/en.json" with { type: "json" };
import webUk from "../locales/web/uk.json" with { type: "json" };

export const UI_LANGUAGES = ["cs", "en", "uk"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(l: string | null | undefined): l is UiLanguage {
  return !!l && (UI_LANGUAGES as readonly string[]).includes(l);
}

/** Slovak readers get the Czech UI (they read it easily); anything else unknown gets Czech too. */
export function uiLanguageFor(lang: string | null | undefined): UiLanguage {
  if (isUiLanguage(lang)) return lang;
  return "cs";
}

export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: {
      cs: { translation: cs, web: webCs, ask: askCs, bot: botCs, staff: staffCs },
      en: { translation: en, web: webEn, ask: askEn, bot: botEn, staff: staffEn },
      uk: { translation: uk, web: webUk, ask: askUk, bot: botUk, staff: staffUk },
    },
    ns: ["translation", "web", "ask", "bot", "staff"],
    defaultNS: "translation",
    lng: "cs",
    fallbackLng: "cs",
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false }, // every renderer escapes for its own format
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

export type Translate = TFunction;

/** Dates as people read them in each language: 1. 11. 2026 / 1 November 2026. */
export function formatDate(iso: string, lang: string): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = lang === "en" ? "en-GB" : lang === "uk" ? "uk-UA" : "cs-CZ";
  return d.toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Prague" });
}

/** The Prague calendar day of an instant (a question sent at 00:30 Prague time is that day, not the UTC one before). */
export function formatInstant(ms: number, lang: string): string {
  const pragueDay = new Date(ms).toLocaleDateString("sv-SE", { timeZone: "Europe/Prague" }); // YYYY-MM-DD
  return formatDate(pragueDay, lang);
}
