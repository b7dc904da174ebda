// Command names people type (Czech first, English aliases) → the core's command.

import type { T } from "./turn.js";

export const COMMANDS: Record<string, string> = {
  start: "start", help: "help", napoveda: "help", pomoc: "help",
  menu: "menu", nabidka: "menu",
  faq: "faq", dotazy: "faq",
  myty: "myty", rumours: "myty", rumors: "myty", myths: "myty", famy: "myty",
  timeline: "timeline", casovaosa: "timeline",
  kontakty: "kontakty", contacts: "kontakty",
  setkani: "setkani", meetings: "setkani",
  zeptat: "zeptat", ask: "zeptat",
  odber: "odber", subscribe: "odber", news: "odber", novinky: "odber",
  stop: "stop", unsubscribe: "stop",
  jazyk: "jazyk", language: "jazyk", lang: "jazyk",
  forget: "forget", smazat: "forget", zapomen: "forget",
};

/** The command menu a platform shows (Telegram setMyCommands), per UI language. */
export function commandMenu(t: T, lang: string): { command: string; description: string }[] {
  const en = lang !== "cs";
  const names: [string, string][] = [
    ["menu", "menu"], ["faq", "faq"], [en ? "rumours" : "myty", "myty"], ["timeline", "timeline"],
    [en ? "contacts" : "kontakty", "kontakty"], [en ? "meetings" : "setkani", "setkani"], [en ? "ask" : "zeptat", "zeptat"],
    [en ? "subscribe" : "odber", "odber"], ["stop", "stop"], [en ? "language" : "jazyk", "jazyk"], ["forget", "forget"], ["help", "help"],
  ];
  return names.map(([command, key]) => ({ command, description: t(`bot:commands.${key}`) }));
}
