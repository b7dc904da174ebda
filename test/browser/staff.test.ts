// The staff console in real Chromium: the press officer logs in and drafts
// an update, cannot approve it, the garant approves and publishes, the
// delivery progress shows and moves (same-origin script, no CSP problems);
// axe on every console page.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitQuestion } from "../../src/relay/questions.js";
import { addStaff, PASSWORD } from "../staff/helpers.js";
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
  await addStaff(deps, "editor", "mluvci@mesto.cz");
  await addStaff(deps, "garant", "garant@mesto.cz");
  await addStaff(deps, "admin", "admin@mesto.cz");
  for (let i = 0; i < 8; i++) {
    await deps.store.subscriptions.subscribe({ channel: "telegram", userRef: `tg-${i}`, address: String(5000 + i), audience: "residents", lang: "cs" });
  }
  await submitQuestion(deps, { channel: "web", lang: "cs", audience: "residents", text: "Kdy se budeme stěhovat?" });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await deps?.store.close();
});

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await chromium.newContext({ locale: "cs-CZ" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => { if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${server.url}/staff/login`);
  await expectNoAxeViolations(page);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo").fill(PASSWORD);
  await page.getByRole("button", { name: "Přihlásit" }).click();
  await page.waitForLoadState("domcontentloaded");
  return { context, page, problems };
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page);
  expect(violations, describeViolations(page.url(), violations)).toEqual([]);
}

describe("staff console in Chromium", () => {
  it("editor drafts, garant approves and publishes, progress shows and moves", async () => {
    const editor = await signedIn("mluvci@mesto.cz");
    expect(new URL(editor.page.url()).pathname).toBe("/staff/updates");
    const cookies = await editor.context.cookies();
    expect(cookies.find((c) => c.name === "__Host-staff")).toMatchObject({ httpOnly: true, secure: true, sameSite: "Strict" });
    await expectNoAxeViolations(editor.page);

    await editor.page.getByRole("link", { name: "Nová novinka" }).click();
    await expectNoAxeViolations(editor.page);
    await editor.page.locator("#title_cs").fill("Schůzka obyvatel v pondělí");
    await editor.page.locator("#body_cs").fill("Přijďte v **pondělí** v 17:00 do jídelny.");
    await editor.page.locator("#title_uk").fill("Зустріч мешканців у понеділок");
    await editor.page.locator("#body_uk").fill("Приходьте в понеділок о 17:00.");
    await editor.page.getByLabel("sousedé").uncheck();
    await editor.page.getByLabel("veřejnost").uncheck();
    await editor.page.getByRole("button", { name: "Uložit koncept" }).click();
    await editor.page.getByText("Koncept je uložený.").waitFor();
    const updateUrl = editor.page.url().replace(/\?.*$/, "");
    expect(await editor.page.getByText("Zveřejnit může garant nebo správce.").count()).toBe(1);
    expect(await editor.page.getByRole("button", { name: "Schválit a zveřejnit" }).count()).toBe(0);
    expect(await editor.page.locator("section[lang=uk] .preview").innerText()).toContain("Зустріч мешканців у понеділок");
    await expectNoAxeViolations(editor.page);
    await editor.page.getByRole("button", { name: "Odhlásit" }).click();
    await editor.page.getByText("Jste odhlášeni.").waitFor();
    expect((await editor.page.goto(updateUrl))!.url()).toContain("/staff/login?next=");
    expect(editor.problems).toEqual([]);
    await editor.context.close();

    const garant = await signedIn("garant@mesto.cz");
    await garant.page.goto(`${server.url}/staff/updates`);
    await garant.page.getByRole("link", { name: "Schůzka obyvatel v pondělí" }).click();
    await garant.page.getByRole("button", { name: "Schválit a zveřejnit" }).click();
    await garant.page.getByText("Zveřejněno. Rozesílání běží.").waitFor();
    const progress = garant.page.locator("progress#delivery-progress");
    expect(await progress.getAttribute("max")).toBe("8");
    expect(await garant.page.locator("[data-k=left]").innerText()).toBe("8");

    // The dispatcher sends everything; the page's script picks it up without a reload.
    const id = updateUrl.split("/").pop()!;
    expect((await deps.store.updates.get(id))!.status).toBe("published");
    const claimed = await deps.store.outbox.claim({ channel: "telegram", now: deps.clock(), leaseMs: 60_000, owner: "b", limit: 100 });
    await deps.store.outbox.finish(claimed.map((e, i) => ({ id: e.id, status: i === 0 ? "failed" as const : "sent" as const })), deps.clock());
    await garant.page.waitForFunction(() => document.querySelector("[data-k=left]")?.textContent === "0", undefined, { timeout: 15_000 });
    expect(await garant.page.locator("[data-k=sent]").innerText()).toBe("7");
    expect(await garant.page.locator("[data-k=failed]").innerText()).toBe("1");
    expect(await progress.evaluate((p: HTMLProgressElement) => p.value)).toBe(8);
    await garant.page.reload();
    await expectNoAxeViolations(garant.page);

    for (const path of ["/staff/inbox", "/staff/stats"]) {
      await garant.page.goto(`${server.url}${path}`);
      await expectNoAxeViolations(garant.page);
    }
    await garant.page.getByRole("link", { name: "Dotazy", exact: true }).click();
    await garant.page.getByRole("link", { name: "Kdy se budeme stěhovat?" }).click();
    await expectNoAxeViolations(garant.page);
    expect(garant.problems).toEqual([]);
    await garant.context.close();
  }, 90_000);

  it("admin pages and the public overview pass axe", async () => {
    const admin = await signedIn("admin@mesto.cz");
    for (const path of ["/staff/users", "/staff/audit", "/prehled"]) {
      await admin.page.goto(`${server.url}${path}`);
      await expectNoAxeViolations(admin.page);
    }
    const audit = await admin.page.goto(`${server.url}/staff/audit`);
    expect(await audit!.text()).toContain("update.publish");
    expect(admin.problems).toEqual([]);
    await admin.context.close();
  }, 60_000);
});
