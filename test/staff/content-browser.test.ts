// Content editing in real Chromium: the textarea round trip (a browser sends
// CRLF and drops the newline after <textarea>), the diff and preview, the
// garant's approval, the website at once; axe on every content page.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent, storeKnowledge } from "../../src/content/store-source.js";
import { readContentDir } from "../../src/content/read-dir.js";
import { describeViolations, launchChromium, runAxe, startTestServer, type TestServer } from "../browser/helpers.js";
import { makeTestDeps, projectContent } from "../helpers/deps.js";
import { addStaff, PASSWORD } from "./helpers.js";

let deps: Awaited<ReturnType<typeof makeTestDeps>>;
let server: TestServer;
let chromium: Browser;

beforeAll(async () => {
  deps = await makeTestDeps();
  await importContent(deps.store, await readContentDir(projectContent));
  deps.knowledge = await storeKnowledge(deps.store, deps.clock);
  server = await startTestServer(deps);
  chromium = await launchChromium();
  await addStaff(deps, "editor", "mluvci@mesto.cz");
  await addStaff(deps, "garant", "garant@mesto.cz");
}, 60_000);
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await deps?.store.close();
});

async function signedIn(email: string): Promise<Page> {
  const page = await (await chromium.newContext({ locale: "cs-CZ" })).newPage();
  await page.goto(`${server.url}/staff/login`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo").fill(PASSWORD);
  await page.getByRole("button", { name: "Přihlásit" }).click();
  await page.waitForLoadState("domcontentloaded");
  return page;
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page);
  expect(violations, describeViolations(page.url(), violations)).toEqual([]);
}

describe("content console in Chromium", () => {
  it("editor edits in the textarea, the garant approves, the website shows it; the text is kept byte for byte", async () => {
    const path = "faq/closure-date.cs.md";
    const before = (await deps.store.contentItems.get(path))!.publishedText!;
    const editor = await signedIn("mluvci@mesto.cz");
    await editor.goto(`${server.url}/staff/content`);
    await expectNoAxeViolations(editor);
    await editor.getByRole("link", { name: "Kdy se ubytovna Drahomíra zavře?" }).click();
    await expectNoAxeViolations(editor);
    const area = editor.locator("#text");
    expect(await area.inputValue()).toBe(before); // the leading newline is the browser's to drop
    await area.fill(before.replace("Přesné datum uzavření zatím stanovené není", "Přesné datum uzavření město zatím nestanovilo"));
    await editor.getByRole("button", { name: "Uložit jako koncept" }).click();
    await editor.getByText("Koncept je uložený a čeká na schválení.").waitFor();
    expect(await editor.locator("tr.d-del").count()).toBe(1);
    expect(await editor.locator("tr.d-add").innerText()).toContain("město zatím nestanovilo");
    expect(await editor.locator(".preview").innerText()).toContain("město zatím nestanovilo");
    expect(await editor.getByRole("button", { name: "Schválit a zveřejnit" }).count()).toBe(0);
    await expectNoAxeViolations(editor);
    const revUrl = editor.url().replace(/\?.*$/, "");
    await editor.goto(`${server.url}/staff/content/new`);
    await expectNoAxeViolations(editor);

    const garant = await signedIn("garant@mesto.cz");
    await garant.goto(revUrl);
    await garant.getByRole("button", { name: "Schválit a zveřejnit" }).click();
    await garant.getByText("Zveřejněno.").waitFor();
    const after = (await deps.store.contentItems.get(path))!.publishedText!;
    expect(after).toBe(before.replace("Přesné datum uzavření zatím stanovené není", "Přesné datum uzavření město zatím nestanovilo"));
    expect(after.includes("\r")).toBe(false);
    await garant.goto(`${server.url}/faq/closure-date`);
    expect(await garant.locator("main").innerText()).toContain("město zatím nestanovilo");
  }, 120_000);
});
