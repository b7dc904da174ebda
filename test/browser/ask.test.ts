// The question form in real Chromium against the real app on loopback: ask,
// see the redacted preview, confirm, open the ticket, see the garant's answer;
// axe on every step; the same flow by keyboard alone; no CSP violations.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/relay/questions.js";
import { makeTestDeps } from "../helpers/deps.js";
import { describeViolations, launchChromium, runAxe, startTestServer, type TestServer } from "./helpers.js";

type Deps = Awaited<ReturnType<typeof makeTestDeps>>;
let deps: Deps;
let server: TestServer;
let chromium: Browser;

beforeAll(async () => {
  deps = await makeTestDeps();
  server = await startTestServer(deps);
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await deps?.store.close();
});

/** A fresh page that records CSP violations and page errors. */
async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await chromium.newContext({ locale: "cs-CZ" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    // Chromium logs a 4xx page (the kind error pages) as a failed resource: not a problem here.
    if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return { page, problems };
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page);
  expect(violations, describeViolations(page.url(), violations)).toEqual([]);
}

const PHONE = "777 123 456";
const QUESTION = `Kdy se zavře ubytovna Drahomíra? Mám dvě malé děti, volejte mi prosím na ${PHONE}.`;

async function storedTexts(): Promise<string[]> {
  return (await deps.store.driver.all<{ text_redacted: string }>("SELECT text_redacted FROM questions")).map((r) => r.text_redacted);
}

async function answerTicket(ticketUrl: string, text: string) {
  const token = new URL(ticketUrl).pathname.split("/").pop()!;
  const question = await deps.store.questions.getByTicketToken(token);
  const garant = await deps.store.staff.addUser({ email: `garant-${token.slice(0, 6)}@example.cz`, role: "garant" });
  expect(await answerQuestion(deps, { questionId: question!.id, staffId: garant.id, text })).toBe("ticket");
}

describe("question form in Chromium", () => {
  it("asks, shows matches and the redacted preview, confirms, and the ticket shows the answer (axe clean on every page)", { timeout: 120_000 }, async () => {
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/ask`);
    await expectNoAxeViolations(page);
    expect(await page.locator(".ask-hp").isVisible()).toBe(true); // in the DOM, but off-screen:
    expect((await page.locator(".ask-hp").boundingBox())!.x).toBeLessThan(-1000);

    await page.getByLabel("Vaše otázka nebo obava").fill(QUESTION);
    await page.getByLabel("Bydlím na ubytovně").check();
    await page.getByLabel("Téma (nepovinné)").selectOption("moving");
    await page.getByRole("button", { name: "Pokračovat" }).click();

    await expect.poll(() => page.locator("h1").textContent()).toBe("Možná hledáte…");
    await expectNoAxeViolations(page);
    expect(await page.locator(".ask-matches a").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Přesto poslat otázku" }).click();

    await expect.poll(() => page.locator("h1").textContent()).toBe("Zkontrolujte, co odešle");
    await expectNoAxeViolations(page);
    const preview = await page.locator("#ask-preview").innerText();
    expect(preview).toContain("[telefon]");
    expect(preview).not.toContain(PHONE);
    expect(await page.locator("mark.ask-ph").count()).toBe(1);
    expect(await page.locator("#ask-removed").innerText()).toContain("Odstranili jsme: 1 telefon");

    // "Upravit" brings back the original, then on to the preview again.
    await page.getByRole("button", { name: "Upravit" }).click();
    await expect.poll(() => page.getByLabel("Vaše otázka nebo obava").inputValue()).toBe(QUESTION);
    expect(await page.getByLabel("Bydlím na ubytovně").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Pokračovat" }).click();
    await page.getByRole("button", { name: "Přesto poslat otázku" }).click();
    await page.getByRole("button", { name: "Odeslat" }).click();

    await expect.poll(() => page.locator("h1").textContent()).toBe("Otázka odešla");
    await expectNoAxeViolations(page);
    const ticketUrl = await page.locator("#ask-ticket-url").inputValue();
    expect(ticketUrl).toMatch(new RegExp(`^${server.url}/t/[a-z2-7]{52}$`));
    // The copy button exists when JavaScript runs (it is added by the form's own script).
    await expect.poll(() => page.locator(".ask-copy").count()).toBe(1);

    expect(await storedTexts()).toContainEqual(expect.stringContaining("[telefon]"));
    expect((await storedTexts()).join("\n")).not.toContain("777");

    await page.getByRole("link", { name: "Otevřít stránku s odpovědí" }).click();
    await expect.poll(() => page.locator("#ask-status").textContent()).toBe("Čeká na odpověď");
    await expectNoAxeViolations(page);

    await answerTicket(ticketUrl, "Podle plánu asi za dva roky. Přesné datum oznámíme.");
    await page.reload();
    await expect.poll(() => page.locator("#ask-status").textContent()).toBe("Zodpovězeno");
    expect(await page.locator("#ask-answer").innerText()).toContain("Podle plánu asi za dva roky.");
    await expectNoAxeViolations(page);

    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows a kind error that keeps the text, and a kind 404 for an unknown ticket (axe clean)", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/ask?lang=en`);
    const long = "word ".repeat(450).trim();
    await page.getByLabel("Your question or concern").fill(long);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => page.locator("[role=alert]").innerText()).toContain("too long");
    expect(await page.getByLabel("Your question or concern").inputValue()).toBe(long);
    await expectNoAxeViolations(page);

    const res = await page.goto(`${server.url}/t/${"a".repeat(52)}`);
    expect(res!.status()).toBe(404);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("works by keyboard alone, never landing on the hidden honeypot", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/ask`);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName.toLowerCase()}#${el.id}|${(el as HTMLInputElement).name ?? ""}|${el.textContent?.trim().slice(0, 40) ?? ""}` : "";
    });
    /** Presses Tab until `match` is focused; fails if it never comes, or if the honeypot ever does. */
    async function tabTo(match: (f: string) => boolean, limit = 40) {
      const trail: string[] = [];
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        const f = await focused();
        trail.push(f);
        expect(f).not.toContain("|website|");
        if (match(f)) return;
      }
      throw new Error(`never reached by Tab: ${trail.join(" → ")}`);
    }

    await tabTo((f) => f.startsWith("textarea#ask-text"));
    await page.keyboard.type("Kdo mi pomůže se stěhováním nábytku? Jsem sama a nemám auto.");
    await tabTo((f) => f.includes("|audience|"));
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown"); // resident → neighbour
    expect(await page.locator("input[name=audience]:checked").getAttribute("value")).toBe("neighbour");
    await tabTo((f) => f.startsWith("select#ask-theme"));
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#ask-theme").inputValue()).toBe("moving");
    await tabTo((f) => f.startsWith("button") && f.includes("Pokračovat"));
    await page.keyboard.press("Enter");

    // Wait for the next page (the URL stays /ask after a POST): the heading changes.
    await expect.poll(() => page.locator("h1").textContent()).not.toBe("Zeptat se města");
    if ((await page.locator("h1").textContent()) === "Možná hledáte…") {
      await tabTo((f) => f.includes("Přesto poslat otázku"));
      await page.keyboard.press("Enter");
    }
    await expect.poll(() => page.locator("h1").textContent()).toBe("Zkontrolujte, co odešle");
    await tabTo((f) => f.startsWith("button") && f.includes("Odeslat"));
    await page.keyboard.press("Enter");

    await expect.poll(() => page.locator("h1").textContent()).toBe("Otázka odešla");
    await tabTo((f) => f.startsWith("a#ask-ticket-link"));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#ask-status").textContent()).toBe("Čeká na odpověď");
    expect(await page.locator("#ask-question").innerText()).toContain("Kdo mi pomůže se stěhováním nábytku?");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
