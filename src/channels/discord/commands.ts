// The slash commands (Czech names by default, English and Ukrainian names and
// descriptions as localizations) and how each maps onto the conversation
// core. Discord always reports the default (Czech) name, whatever the locale.
import type { i18n } from "i18next";

export interface SlashCommandSpec {
  /** Default (Czech) name. */
  name: string;
  /** en-US/en-GB and uk names. */
  en: string;
  uk: string;
  /** The core's command this runs (src/conversation/commands.ts), or a Discord-only one. */
  core: string | null;
  /** Key of the description in the bot namespace (bot:commands.*), or our own texts. */
  description: { key: string } | { cs: string; en: string; uk: string };
  option?: {
    name: string; en: string; uk: string;
    description: { cs: string; en: string; uk: string };
    required: boolean; autocomplete: boolean; maxLength: number;
  };
}

const QUESTION_OPTION = {
  name: "otazka", en: "question", uk: "питання", required: false, maxLength: 1500,
  description: { cs: "Vaše otázka vlastními slovy", en: "Your question in your own words", uk: "Ваше питання своїми словами" },
};

export const SLASH_COMMANDS: SlashCommandSpec[] = [
  { name: "faq", en: "faq", uk: "питання", core: "faq", description: { key: "faq" }, option: { ...QUESTION_OPTION, autocomplete: true } },
  { name: "zeptat", en: "ask", uk: "запитати", core: "zeptat", description: { key: "zeptat" }, option: { ...QUESTION_OPTION, autocomplete: false } },
  { name: "myty", en: "myths", uk: "міфи", core: "myty", description: { key: "myty" } },
  { name: "timeline", en: "timeline", uk: "етапи", core: "timeline", description: { key: "timeline" } },
  { name: "kontakty", en: "contacts", uk: "контакти", core: "kontakty", description: { key: "kontakty" } },
  { name: "setkani", en: "meetings", uk: "зустрічі", core: "setkani", description: { key: "setkani" } },
  { name: "menu", en: "menu", uk: "меню", core: "menu", description: { key: "menu" } },
  { name: "odber", en: "news", uk: "новини", core: "odber", description: { key: "odber" } },
  { name: "jazyk", en: "language", uk: "мова", core: "jazyk", description: { key: "jazyk" } },
  { name: "zapomenout", en: "forget", uk: "забути", core: "forget", description: { key: "forget" } },
  {
    name: "propojit", en: "link", uk: "підключити", core: null,
    description: { cs: "Pro pracovníky: propojit účet s konzolí", en: "For staff: link your account to the console", uk: "Для працівників: підключити обліковий запис" },
    option: {
      name: "kod", en: "code", uk: "код", required: true, autocomplete: false, maxLength: 20,
      description: { cs: "Kód z konzole", en: "The code from the console", uk: "Код з консолі" },
    },
  },
];

export const SLASH_BY_NAME = new Map(SLASH_COMMANDS.map((c) => [c.name, c]));

function describe(spec: SlashCommandSpec["description"], i18n: i18n): { cs: string; en: string; uk: string } {
  if ("key" in spec) {
    const t = (l: string) => i18n.getFixedT(l)(`bot:commands.${spec.key}`).slice(0, 100);
    return { cs: t("cs"), en: t("en"), uk: t("uk") };
  }
  return spec;
}

/** The JSON body of PUT /applications/{id}/commands (global commands). */
export function slashCommandsJson(i18n: i18n): unknown[] {
  return SLASH_COMMANDS.map((c) => {
    const d = describe(c.description, i18n);
    return {
      name: c.name,
      name_localizations: { "en-US": c.en, "en-GB": c.en, uk: c.uk },
      description: d.cs,
      description_localizations: { "en-US": d.en, "en-GB": d.en, uk: d.uk },
      type: 1,
      // Usable in servers and in DMs with the bot.
      contexts: [0, 1],
      ...(c.option
        ? {
          options: [{
            type: 3, name: c.option.name,
            name_localizations: { "en-US": c.option.en, "en-GB": c.option.en, uk: c.option.uk },
            description: c.option.description.cs,
            description_localizations: { "en-US": c.option.description.en, "en-GB": c.option.description.en, uk: c.option.description.uk },
            required: c.option.required, autocomplete: c.option.autocomplete || undefined, max_length: c.option.maxLength,
          }],
        }
        : {}),
    };
  });
}
