// One scripted dialogue, run against every chat channel (like Hono's one
// router suite run against every router). Each channel supplies a driver
// that speaks its platform's wire format through real HTTP to a fake API;
// the script only sees plain text and button actions.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/deps.js";
import type { BotChannel } from "../../src/store/index.js";
import { answerQuestion } from "../../src/relay/questions.js";

export interface SeenButton {
  label: string;
  action: string;
}

export interface Seen {
  /** Everything the person read, as plain text (formatting removed). */
  text: string;
  buttons: SeenButton[];
}

export interface ChannelDriver {
  channel: BotChannel;
  deps: AppDeps;
  /** The person's pseudonymous ref on this channel. */
  userRef: string;
  /** Free text (Discord: /faq otazka:…, since bots there receive no plain messages). */
  sendText(text: string): Promise<Seen>;
  /** A command by the core's name: "forget", "zeptat"… (each platform spells it its own way). */
  command(name: string, args?: string): Promise<Seen>;
  /** Presses a button (or chooses a list row) that carries this action. */
  press(action: string): Promise<Seen>;
  /** What reached the person outside of any reply of theirs (a garant's answer) while `during` ran. */
  received(during: () => Promise<unknown>): Promise<string>;
  close(): Promise<void>;
}

/** A question the engine answers outright, and one it offers suggestions for. */
function pickQuestions(deps: AppDeps): { answered: { text: string; id: string }; suggestive: string } {
  const { kb, engine } = deps.knowledge.current();
  const faqs = kb.entries.filter((e) => e.collection === "faq" && e.lang === "cs");
  let answered: { text: string; id: string } | null = null;
  for (const e of faqs) {
    for (const q of e.collection === "faq" ? [e.title, ...e.questions] : []) {
      const r = engine.match(q, "cs");
      if (r.decision === "answer" && r.id === e.id) {
        answered = { text: q, id: e.id };
        break;
      }
    }
    if (answered) break;
  }
  const candidates = ["byt", "stěhování", "nájem", "peníze", "škola", "kdy", "pomoc", "dluhy", "nábytek", "sousedé"];
  const suggestive = candidates.find((c) => engine.match(c, "cs").decision === "suggest") ?? null;
  if (!answered || !suggestive) throw new Error("the content has no question the engine answers or suggests for");
  return { answered, suggestive };
}

const actions = (seen: Seen) => seen.buttons.map((b) => b.action);

export function runDialogueSuite(name: string, makeDriver: () => Promise<ChannelDriver>): void {
  describe(`one dialogue on ${name}`, () => {
    let d: ChannelDriver;
    beforeEach(async () => {
      d = await makeDriver();
    });
    afterEach(() => d.close());

    it("greets, answers, suggests, forwards redacted, delivers the garant's answer, forgets", async () => {
      const t = d.deps.i18n.getFixedT("cs");
      const { answered, suggestive } = pickQuestions(d.deps);

      // Greeting: a friendly word, the menu, and (first contact) the consent note.
      const hello = await d.sendText("Dobrý den");
      expect(hello.text).toContain(t("answer.greeting").slice(0, 20));
      expect(actions(hello)).toEqual(expect.arrayContaining(["faq", "ask"]));

      // A question the vetted knowledge answers, with "Pomohlo to?".
      const answer = await d.sendText(answered.text);
      const entry = d.deps.knowledge.current().kb.byId.get(answered.id)!.get("cs")!;
      expect(answer.text).toContain(entry.collection === "faq" ? entry.title : entry.claim);
      expect(answer.text).toContain("Ověřeno");
      expect(actions(answer)).toContain(`fb:1:${answered.id}`);
      const thanks = await d.press(`fb:1:${answered.id}`);
      expect(thanks.text).toContain(t("bot:answer.thanksYes"));

      // Suggestions: choose one and read it.
      const offer = await d.sendText(suggestive);
      const suggestion = actions(offer).find((a) => a.startsWith("e:"));
      expect(suggestion).toBeDefined();
      const chosen = await d.press(suggestion!);
      expect(actions(chosen)).toContain(`fb:1:${suggestion!.slice(2)}`);

      // Asking a person: the preview shows what travels, without the phone number.
      const preview = await d.command("zeptat", "Můžu si vzít psa? Volejte mi na 777 123 456, Jana Nováková");
      expect(preview.text).toContain("[telefon]");
      expect(preview.text).not.toContain("777 123 456");
      expect(actions(preview)).toEqual(expect.arrayContaining(["ask:yes", "ask:no"]));
      const sent = await d.press("ask:yes");
      expect(sent.text).toContain(t("bot:ask.sent").slice(0, 20));
      const all = await d.deps.store.driver.all<{ id: string; text_redacted: string }>("SELECT id, text_redacted FROM questions");
      expect(all).toHaveLength(1);
      expect(all[0]!.text_redacted).not.toContain("777");

      // The garant answers; the answer reaches the asker on this channel.
      const garant = await d.deps.store.staff.addUser({ email: "garant@example.cz", role: "garant" });
      let outcome = "";
      const got = await d.received(async () => {
        outcome = await answerQuestion(d.deps, { questionId: all[0]!.id, staffId: garant.id, text: "Ano, pes se může stěhovat s vámi." });
      });
      expect(outcome).toBe("delivered");
      expect(got).toContain("Ano, pes se může stěhovat s vámi.");

      // /forget: everything about the person goes.
      expect(await d.deps.store.people.get(d.channel, d.userRef)).not.toBeNull();
      const forgot = await d.command("forget");
      expect(forgot.text).toContain(t("bot:forget.done").slice(0, 20));
      expect(await d.deps.store.people.get(d.channel, d.userRef)).toBeNull();
      expect(await d.deps.store.driver.all("SELECT * FROM reply_routes")).toHaveLength(0);
    });
  });
}
