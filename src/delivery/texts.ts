// The few words the dispatcher adds around an update or builds a meeting
// reminder from. Czech first; English and Ukrainian are machine-made (not yet
// checked by a person). Kept here rather than in a locales namespace because
// they are message templates, not UI, and are also used by the Workers cron.
import { uiLanguageFor } from "../i18n.js";

export interface DeliveryTexts {
  stop: string;
  reminderTitle: string;
  when: string;
  where: string;
  at: string;
}

const TEXTS: Record<"cs" | "en" | "uk", DeliveryTexts> = {
  cs: {
    stop: "Odhlásit zprávy: napište /stop.",
    reminderTitle: "Zítra: {title}",
    when: "Kdy: {when}",
    where: "Kde: {place}",
    at: "v",
  },
  en: {
    stop: "To stop these messages, write /stop.",
    reminderTitle: "Tomorrow: {title}",
    when: "When: {when}",
    where: "Where: {place}",
    at: "at",
  },
  uk: {
    stop: "Щоб більше не отримувати повідомлення, напишіть /stop.",
    reminderTitle: "Завтра: {title}",
    when: "Коли: {when}",
    where: "Де: {place}",
    at: "о",
  },
};

export function deliveryTexts(lang: string): DeliveryTexts {
  return TEXTS[uiLanguageFor(lang)];
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
