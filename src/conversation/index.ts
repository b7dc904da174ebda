// The channel-neutral conversation core. An adapter (Telegram, WhatsApp,
// Discord) turns a platform payload into an InboundEvent; handle() returns
// the replies as OutboundMessages, which the adapter renders. The core keeps
// the dialogue state in the database (people.state), so restarts and several
// instances continue the same conversation.
//
// Button action grammar (every action ≤ 64 bytes, Telegram's callback_data limit):
//   menu                    the main menu
//   faq[:<page>]            FAQ list, page from 0;   myty[:<page>]  rumours ("mýty a fakta")
//   timeline | kontakty | setkani                    the sections
//   e:<entryId>             show one entry, e.g. e:faq/closure-date, e:rumours/inflated-numbers
//   fb:<1|0>:<entryId>      "Pomohlo to?" yes / no
//   ask                     ask a person: preview the last question, or ask for one
//   ask:yes | ask:no        forward the previewed (redacted) question / cancel
//   sub                     news subscription; sub:<residents|neighbours|public> opt in; sub:stop
//   lang | lang:<cs|en|uk>  language choice
//   who:<residents|neighbours|public>   "who are you" (onboarding; never required)
// Commands (kind "command", without the slash) and their English aliases are in COMMANDS.
import type { InboundEvent } from "../channels/types.js";
import type { AppDeps } from "../deps.js";
import { isUiLanguage, uiLanguageFor, type UiLanguage } from "../i18n.js";
import { errorKind } from "../log.js";
import { AUDIENCES, type Audience } from "../store/index.js";
import { entryMessage, freeText } from "./answers.js";
import { askAction, askCommand } from "./ask.js";
import { entryList, contacts, meetings, timeline } from "./sections.js";
import { forgetShown, rememberShown, takeShown } from "./pre-consent.js";
import { readState } from "./state.js";
import { subscribe, subscriptionMenu, unsubscribe } from "./subscribe.js";
import { action, backToMenu, cachedT, menuMessage, type Reply, type Turn } from "./turn.js";
import { languageMenu, welcome } from "./welcome.js";

export type { Turn, Reply, T } from "./turn.js";
export { cachedT } from "./turn.js";
export { splitText, markdownToPlain, shorten, byteLength } from "./text.js";
export { COMMANDS, commandMenu } from "./commands.js";
import { COMMANDS } from "./commands.js";

const INBOUND_PRECISION_MS = 60_000;

/** Longest action string a button may carry (Telegram callback_data). */
export const ACTION_MAX_BYTES = 64;

export interface Conversation {
  /** Handles one event; returns the replies in order (empty for a duplicate delivery). */
  handle(event: InboundEvent): Promise<Reply>;
}

/** Platform language tag → UI language: cs/sk → cs, uk/ru/be → uk, en → en; else null. */
export function languageFromHint(hint: string | undefined): UiLanguage | null {
  const base = hint?.toLowerCase().slice(0, 2);
  if (!base) return null;
  if (base === "sk" || base === "cs") return "cs";
  if (base === "ru" || base === "be" || base === "uk") return "uk";
  return isUiLanguage(base) ? base : null;
}

export function createConversation(deps: AppDeps): Conversation {
  return {
    async handle(event) {
      if (event.eventId && (await deps.store.dedup.seen(event.channel, event.eventId))) return [];
      const person = await deps.store.people.get(event.channel, event.userRef);
      // Informed: a row exists only after the consent note was seen; otherwise this
      // is the interaction after the note (remembered in memory, see pre-consent.ts)
      // or a button press (buttons come only on our messages, all of which carry the note).
      const remembered = person ? undefined : takeShown(deps, event.channel, event.userRef);
      const informed = person !== null || remembered !== undefined || event.kind === "action";
      const firstText = event.kind === "text" && event.text ? event.text : "";
      const guessed = /[\u0400-\u04FF]/.test(firstText) ? "uk" : languageFromHint(event.langHint);
      const lang = uiLanguageFor(person?.lang ?? guessed ?? "cs");
      const turn: Turn = {
        deps, event, person, lang, t: cachedT(deps.i18n, lang), audience: person?.audience ?? null,
        state: remembered ?? readState(person?.state), patch: {},
      };
      let reply: Reply;
      try {
        reply = await dispatch(turn);
      } catch (e) {
        deps.log.error("conversation.failed", { channel: event.channel, kind: errorKind(e) });
        return [{ text: turn.t("bot:error") }];
      }
      // First contact: the welcome with the consent note comes with the first reply, never before it.
      if (!turn.state.welcomed && !turn.forgotten) {
        turn.state.welcomed = true;
        if (!(event.kind === "command" && event.command === "start")) reply.push(welcome(turn, false));
      }
      if (turn.forgotten) {
        forgetShown(deps, event.channel, event.userRef);
        return reply;
      }
      // Not informed yet: answered, and nothing about them stored (memory only, a day at most).
      if (!informed) {
        rememberShown(deps, event.channel, event.userRef, turn.state);
        return reply;
      }
      // One write per turn, skipped when nothing changed and the last one is recent
      // (last_inbound_at serves WhatsApp's 24-hour window: a minute's precision is plenty).
      const now = deps.clock();
      const unchanged = person !== null && person.consentAt !== null && !Object.keys(turn.patch).length
        && JSON.stringify(turn.state) === JSON.stringify(readState(person.state))
        && person.lastInboundAt !== null && now - person.lastInboundAt < INBOUND_PRECISION_MS;
      if (!unchanged) {
        await deps.store.people.patch(event.channel, event.userRef, {
          ...turn.patch,
          state: turn.state,
          lastInboundAt: now,
          ...(person?.consentAt ? {} : { consentAt: now }),
        });
      }
      return reply;
    },
  };
}

async function dispatch(turn: Turn): Promise<Reply> {
  const { event, t } = turn;
  switch (event.kind) {
    case "text":
      return freeText(turn, event.text ?? "");
    case "command": {
      const name = COMMANDS[event.command ?? ""];
      if (!name) return [{ text: t("bot:unknownCommand"), buttons: [backToMenu(t)] }];
      return command(turn, name, event.args?.trim() ?? "");
    }
    case "action":
      return onAction(turn, event.action ?? "");
    default:
      return [{ text: t("bot:unsupported"), buttons: [backToMenu(t)] }];
  }
}

async function command(turn: Turn, name: string, args: string): Promise<Reply> {
  const { t } = turn;
  switch (name) {
    case "start": return [welcome(turn, true), menuMessage(t)];
    case "help": return [{ text: t("bot:help.text"), buttons: [backToMenu(t)] }];
    case "menu": return [menuMessage(t)];
    case "faq": return [entryList(turn, "faq", 0)];
    case "myty": return [entryList(turn, "myty", 0)];
    case "timeline": return [timeline(turn)];
    case "kontakty": return [contacts(turn)];
    case "setkani": return [meetings(turn)];
    case "zeptat": return askCommand(turn, args);
    case "odber": return subscriptionMenu(turn);
    case "stop": return unsubscribe(turn);
    case "jazyk": return [languageMenu(turn)];
    case "forget": return forget(turn);
    default: return [menuMessage(t)];
  }
}

async function onAction(turn: Turn, act: string): Promise<Reply> {
  const { t, deps } = turn;
  const [head, arg = ""] = act.split(":", 3);
  const colon = act.indexOf(":");
  const tail = colon >= 0 ? act.slice(colon + 1) : "";
  switch (head) {
    case "menu": return [menuMessage(t)];
    case "faq":
    case "myty": return [entryList(turn, head, Number.parseInt(arg, 10) || 0)];
    case "timeline": return [timeline(turn)];
    case "kontakty": return [contacts(turn)];
    case "setkani": return [meetings(turn)];
    case "e": {
      const m = entryMessage(deps.knowledge.current().kb, tail, turn.lang, t);
      if (!m) return [{ text: t("bot:answer.expired"), buttons: [backToMenu(t)] }];
      turn.state.lastEntry = tail;
      return [m];
    }
    case "fb": {
      const id = act.slice("fb:1:".length);
      if (!deps.knowledge.current().kb.byId.has(id) || (arg !== "1" && arg !== "0")) return [menuMessage(t)];
      await deps.store.feedback.add({ entryId: id, lang: turn.lang, helpful: arg === "1", channel: turn.event.channel });
      if (arg === "1") return [{ text: t("bot:answer.thanksYes"), buttons: [backToMenu(t)] }];
      return [{ text: t("bot:answer.thanksNo"), buttons: [action(t("bot:answer.askHuman"), "ask"), backToMenu(t)] }];
    }
    case "ask": return askAction(turn, arg);
    case "sub":
      if (!arg) return subscriptionMenu(turn);
      if (arg === "stop") return unsubscribe(turn);
      return isAudience(arg) ? subscribe(turn, arg) : subscriptionMenu(turn);
    case "lang":
      if (!isUiLanguage(arg)) return [languageMenu(turn)];
      turn.lang = arg;
      turn.t = cachedT(deps.i18n, arg);
      turn.patch.lang = arg;
      return [{ text: turn.t("bot:lang.saved") }, menuMessage(turn.t)];
    case "who":
      if (!isAudience(arg)) return [menuMessage(t)];
      turn.audience = arg;
      turn.patch.audience = arg;
      return [{ text: t("bot:who.saved"), buttons: [backToMenu(t)] }];
    default:
      return [menuMessage(t)];
  }
}

function isAudience(v: string): v is Audience {
  return (AUDIENCES as readonly string[]).includes(v);
}

async function forget(turn: Turn): Promise<Reply> {
  const { deps, event } = turn;
  await deps.store.forgetPerson(event.channel, event.userRef, event.address);
  turn.forgotten = true;
  deps.log.info("person.forgotten", { channel: event.channel });
  return [{ text: turn.t("bot:forget.done") }];
}
