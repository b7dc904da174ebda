// The website in real headless Chromium against a real server: axe-core on
// every page (no violations), the keyboard path (skip link, menu), the
// language switch, and the FAQ search with JavaScript turned off.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestDeps } from "../helpers/deps.js";
import { findQuery } from "../web/fixture.js";
import { describeViolations, launchChromium, runAxe, startTestServer, type TestServer } from "./helpers.js";

const PAGES = [
  "/", "/faq", "/faq?q=kdy+se+zavre+ubytovna", "/faq?q=qwerty+asdfgh", "/faq/closure-date", "/myty", "/myty/demolition",
  "/casova-osa", "/kontakty", "/setkani", "/novinky", "/novinky/closure-preparation", "/letak", "/no-such-page",
];

let server: TestServer;
let answerable = "";
let browser: Browser;
let context: BrowserContext;
const cspErrors: string[] = [];

beforeAll(async () => {
  const deps = await makeTestDeps();
  answerable = findQuery(deps, "answer", "cs");
  server = await startTestServer(deps);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 390, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("axe-core finds no violations", () => {
  it("(the harness does find them: an image without alt text, a low-contrast text)", async () => {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="cs"><title>x</title><main><img src="data:,"><p style="color:#ccc">slabý text</p></main></html>');
    const ids = (await runAxe(page)).map((v) => v.id);
    expect(ids).toContain("image-alt");
    expect(ids).toContain("color-contrast");
    await page.close();
  });

  for (const lang of ["cs", "en", "uk"]) {
    it(`on every page in ${lang}`, async () => {
      const page = await context.newPage();
      page.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
      });
      const problems: string[] = [];
      for (const path of PAGES) {
        const url = `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
        await page.goto(server.url + url);
        const violations = await runAxe(page);
        if (violations.length) problems.push(describeViolations(url, violations));
      }
      await page.close();
      expect(problems.join("\n")).toBe("");
      expect(cspErrors).toEqual([]);
    }, 120_000);
  }
});

describe("keyboard", () => {
  it("Tab reaches the skip link first, which moves focus to the content; then the menu", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/faq?lang=cs`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#main");
    // The skip link is visible when focused (not left off-screen).
    const box = await page.locator("a.skip").boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe("#main");
    const focusedIds: string[] = [];
    await page.goto(`${server.url}/faq?lang=cs`);
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      focusedIds.push(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute("href") ?? ""));
    }
    // Order: skip link, home (site name), three languages, then the menu in order.
    const menu = ["/", "/faq", "/myty", "/casova-osa", "/kontakty", "/setkani", "/novinky", "/ask"];
    const start = focusedIds.indexOf("/faq");
    expect(focusedIds[0]).toBe("#main");
    expect(focusedIds.slice(start - 1, start - 1 + menu.length)).toEqual(menu);
    // A visible focus ring: the outline is not "none".
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
    await page.close();
  });

  it("tap targets in the header and menu are at least 44 px high and the base font is at least 18 px", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const heights = await page.$$eval("header a, .big-links a, .crisis a", (els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    const font = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(font).toBeGreaterThanOrEqual(18);
    await page.close();
  });
});

describe("without JavaScript", () => {
  it("switching the language changes the page and is remembered", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: "cs-CZ" });
    const page = await noJs.newPage();
    await page.goto(`${server.url}/kontakty`);
    expect(await page.getAttribute("html", "lang")).toBe("cs");
    await page.click('a[hreflang="uk"]');
    expect(new URL(page.url()).pathname).toBe("/kontakty");
    expect(await page.getAttribute("html", "lang")).toBe("uk");
    expect(await page.textContent("h1")).toBe("Контакти");
    await page.click('nav.menu a[href="/faq"]');
    expect(await page.getAttribute("html", "lang")).toBe("uk");
    await noJs.close();
  });

  it("the FAQ search answers from the engine", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: "cs-CZ" });
    const page = await noJs.newPage();
    await page.goto(`${server.url}/faq`);
    await page.fill("#q", answerable);
    await page.press("#q", "Enter");
    await page.waitForURL(/\/faq\?q=/);
    const result = page.locator("section.result");
    expect(await result.locator("h2").textContent()).toContain("Odpověď na");
    expect(await result.locator(".verified").count()).toBe(1);
    await page.fill("#q", "qwerty asdfgh");
    await page.click('form.search button[type="submit"]');
    await page.waitForURL(/qwerty/);
    expect(await page.locator('section.result a[href^="/ask?q="]').count()).toBe(1);
    await noJs.close();
  });
});
