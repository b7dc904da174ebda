// The public website through createApp(deps).request(): every page in every
// language, translation notes, verified lines, the search box's three
// decisions, ClaimReview JSON-LD, iCal and Atom, the leaflet, escaping, 404.
import { beforeAll, describe, expect, it } from "vitest";
import { pickEntry } from "../../src/content/pick.js";
import type { RumourEntry } from "../../src/content/types.js";
import type { AppDeps } from "../../src/deps.js";
import { createApp } from "../../src/app.js";
import en from "../../locales/en.json" with { type: "json" };
import uk from "../../locales/uk.json" with { type: "json" };
import cs from "../../locales/cs.json" with { type: "json" };
import { makeTestDeps } from "../helpers/deps.js";
import { EVIL, findQuery, writeTinyContent } from "./fixture.js";

const LANGS = ["cs", "en", "uk"] as const;

export const PAGES = [
  "/", "/faq", "/faq?q=kdy+se+zavre+ubytovna", "/faq/closure-date", "/faq/pets", "/myty", "/rumours", "/myty/demolition",
  "/casova-osa", "/kontakty", "/setkani", "/novinky", "/novinky/closure-preparation", "/letak",
];

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
const get = async (url: string, init?: RequestInit) => {
  const res = await app.request(url, init);
  return { res, html: await res.text() };
};
const withLang = (url: string, lang: string) => `${url}${url.includes("?") ? "&" : "?"}lang=${lang}`;

beforeAll(async () => {
  deps = await makeTestDeps();
  app = createApp(deps);
});

describe("every page", () => {
  for (const path of PAGES) {
    for (const lang of LANGS) {
      it(`${path} in ${lang}: 200, the layout, under 60 KB, no inline script or style`, async () => {
        const { res, html } = await get(withLang(path, lang));
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^text\/html/);
        expect(html.startsWith("<!doctype html>")).toBe(true);
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain('<main id="main"');
        expect(html).toContain('href="#main"');
        expect(html).toContain('href="/ask"');
        expect(new TextEncoder().encode(html).length).toBeLessThan(60 * 1024);
        expect(html).not.toMatch(/\sstyle=/);
        expect(html).not.toMatch(/<style/);
        // The only <script> allowed is JSON-LD data.
        expect(html.match(/<script(?![^>]*application\/ld\+json)/g)).toBeNull();
        expect(res.headers.get("cache-control")).toBe("private, max-age=60");
        expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
      });
    }
  }

  it("every FAQ entry and every rumour has its page in every language", async () => {
    const ids = [...deps.knowledge.current().kb.byId.keys()];
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) {
      const [collection, slug] = id.split("/") as [string, string];
      for (const lang of LANGS) {
        const { res, html } = await get(`/${collection === "faq" ? "faq" : "myty"}/${slug}?lang=${lang}`);
        expect(res.status, `${id} ${lang}`).toBe(200);
        expect(html).toContain('class="verified"');
        expect(new TextEncoder().encode(html).length).toBeLessThan(60 * 1024);
      }
    }
  });

  it("the language switch links keep the page and the search", async () => {
    const { html } = await get("/faq?q=pes");
    expect(html).toContain('href="/faq?q=pes&amp;lang=en"');
    expect(html).toContain('href="/faq?q=pes&amp;lang=uk"');
  });

  it("the menu marks the current page", async () => {
    const { html } = await get("/kontakty");
    expect(html).toMatch(/<a href="\/kontakty" aria-current="page">Kontakty<\/a>/);
    expect(html).not.toMatch(/<a href="\/faq" aria-current/);
  });
});

describe("language", () => {
  it("?lang= sets a cookie that later requests follow", async () => {
    const first = await app.request("/?lang=uk");
    expect(first.headers.get("set-cookie")).toMatch(/^lang=uk;/);
    const { html } = await get("/", { headers: { cookie: "lang=uk" } });
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain("Часті запитання");
  });

  it("Accept-Language picks English, Czech is the default", async () => {
    expect((await get("/", { headers: { "accept-language": "en-GB,en;q=0.9" } })).html).toContain('<html lang="en">');
    expect((await get("/")).html).toContain('<html lang="cs">');
  });
});

describe("answers", () => {
  it("a missing translation falls back to Czech with a note, marked as Czech text", async () => {
    // Every entry of the real content is translated: the tiny content's pets entry is Czech only.
    const tiny = await makeTestDeps({ contentDir: writeTinyContent() });
    expect(tiny.knowledge.current().kb.byId.get("faq/pets")?.has("en")).toBe(false);
    const res = await createApp(tiny).request("/faq/pets?lang=en");
    const html = await res.text();
    expect(html).toContain(en.answer.missingTranslation);
    expect(html).toMatch(/<h1 lang="cs">/);
  });

  it("a machine-made translation says so; the Czech original has no note", async () => {
    const en1 = await get("/faq/closure-date?lang=en");
    expect(en1.html).toContain(en.answer.machineTranslation);
    expect(en1.html).not.toContain(en.answer.missingTranslation);
    const cs1 = await get("/faq/closure-date?lang=cs");
    expect(cs1.html).not.toContain(cs.answer.machineTranslation);
    expect(cs1.html).not.toContain(cs.answer.missingTranslation);
  });

  it("shows when and by whom it was verified", async () => {
    const entry = pickEntry(deps.knowledge.current().kb, "faq/closure-date", "cs")!.entry;
    const { html } = await get("/faq/closure-date?lang=cs");
    expect(html).toContain(`Ověřeno 15. listopadu 2026, ${entry.verifiedBy}`);
    expect((await get("/faq/closure-date?lang=uk")).html).toContain(uk.answer.verified.split(" ")[0]!);
    // Contacts, meetings and timeline phases carry the line too.
    for (const path of ["/kontakty", "/setkani", "/casova-osa", "/myty"]) expect((await get(path)).html).toContain('class="verified">Ověřeno');
  });

  it("unknown entries are 404 in the layout", async () => {
    for (const path of ["/faq/no-such-thing", "/myty/no-such-thing", "/novinky/no-such-thing", "/nope", "/static/other.css"]) {
      const { res, html } = await get(path);
      expect(res.status, path).toBe(404);
      expect(html).toContain('<main id="main"');
      expect(html).toContain("Stránka nenalezena");
    }
  });

  it("HEAD answers like GET without a body", async () => {
    const res = await app.request("/faq", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toBe("");
  });
});

describe("FAQ search uses the answer engine", () => {
  const section = (html: string) => html.match(/<section class="result"[\s\S]*?<\/section>/)?.[0] ?? "";

  it("answer: the entry first, with its verified line", async () => {
    // The engine is tuned elsewhere: take the first FAQ title it answers outright.
    const q = findQuery(deps, "answer", "cs");
    const m = deps.knowledge.current().engine.match(q, "cs");
    const { html } = await get(`/faq?q=${encodeURIComponent(q)}`);
    const entry = pickEntry(deps.knowledge.current().kb, m.id!, "cs")!.entry;
    const result = section(html);
    expect(result).toContain(entry.collection === "faq" ? entry.title : entry.claim);
    expect(result).toContain('class="verified"');
    expect(html.indexOf('class="result"')).toBeLessThan(html.indexOf('aria-label="Témata"'));
  });

  it("suggest: a list of the candidates", async () => {
    const q = findQuery(deps, "suggest", "uk");
    const m = deps.knowledge.current().engine.match(q, "uk");
    const result = section((await get(`/faq?q=${encodeURIComponent(q)}&lang=uk`)).html);
    expect(result).toContain("Можливо, ви шукаєте");
    for (const id of [m.id!, ...m.suggestions]) expect(result).toContain(`href="/${id.startsWith("faq/") ? "faq" : "myty"}/${id.split("/")[1]}"`);
  });

  it("forward: an honest 'we do not know yet' and a link to ask with the question", async () => {
    const q = "qwerty asdfgh zxcvb";
    expect(deps.knowledge.current().engine.match(q, "cs").decision).toBe("forward");
    const result = section((await get(`/faq?q=${encodeURIComponent(q)}`)).html);
    expect(result).toContain("zatím ověřenou odpověď nemáme");
    expect(result).toContain(`href="/ask?q=${encodeURIComponent(q)}"`);
  });

  it("the query is escaped back into the page", async () => {
    const { html } = await get(`/faq?q=${encodeURIComponent(`"><script>x</script>`)}`);
    expect(html).not.toContain("<script>x</script>");
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
  });
});

describe("myths and facts", () => {
  it("one ClaimReview per rumour, valid JSON, with the right verdict", async () => {
    const { html } = await get("/myty");
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const kb = deps.knowledge.current().kb;
    const ids = [...kb.byId.keys()].filter((id) => id.startsWith("rumours/"));
    expect(blocks).toHaveLength(ids.length);
    const rating = { false: 1, misleading: 2, unconfirmed: 3, true: 5 } as const;
    for (const block of blocks) {
      expect(block["@type"]).toBe("ClaimReview");
      const slug = String(block.url).split("/myty/")[1]!;
      const entry = kb.byId.get(`rumours/${slug}`)!.get("cs") as RumourEntry;
      expect(block.claimReviewed).toBe(entry.claim);
      expect(block.reviewRating.ratingValue).toBe(rating[entry.verdict]);
      expect(block.reviewRating.alternateName).toBe(cs.verdict[entry.verdict]);
      expect(block.url).toMatch(/^http:\/\/localhost\/myty\//);
    }
  });

  it("the verdict badge has words, not colour alone", async () => {
    const { html } = await get("/myty/demolition");
    const entry = deps.knowledge.current().kb.byId.get("rumours/demolition")!.get("cs") as RumourEntry;
    expect(html).toContain(`<span class="badge v-${entry.verdict}">${cs.verdict[entry.verdict]}</span>`);
  });
});

describe("feeds", () => {
  it("Atom: a feed with one entry per news item, including a published console update", async () => {
    const draft = await deps.store.updates.create({ title: "Zpráva z konzole", body: "Text **důležitý**.", langs: ["cs"] });
    await deps.store.updates.publish(draft.id);
    const unpublished = await deps.store.updates.create({ title: "Koncept", body: "Ještě ne.", langs: ["cs"] });
    const res = await app.request("/novinky.atom");
    expect(res.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const entries = xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
    const kbIds = new Set(deps.knowledge.current().kb.updates.map((u) => u.id));
    expect(entries).toHaveLength(kbIds.size + 1);
    for (const e of entries) {
      expect(e).toMatch(/<title type="html"><!\[CDATA\[.+\]\]><\/title>/);
      expect(e).toMatch(/<id>http:\/\/localhost\/novinky\/[^<]+<\/id>/);
      expect(e).toMatch(/<updated>\d{4}-\d\d-\d\dT[^<]+<\/updated>/);
    }
    expect(xml).toContain("Zpráva z konzole");
    expect(xml).toContain("<strong>důležitý</strong>");
    expect(xml).not.toContain("Koncept");
    // The same item on the news pages and the home page, though both were rendered (and cached) before.
    expect((await get("/novinky")).html).toContain("Zpráva z konzole");
    expect((await get("/")).html).toContain("Zpráva z konzole");
    expect((await get(`/novinky/${draft.id}`)).html).toContain("<strong>důležitý</strong>");
    expect((await get(`/novinky/${unpublished.id}`)).res.status).toBe(404);
  });
});

describe("with a tiny content directory", () => {
  let tiny: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const d = await makeTestDeps({ contentDir: writeTinyContent(), env: { PUBLIC_URL: "https://info.example.cz/" } });
    expect(d.knowledge.current().problems).toEqual([]);
    tiny = createApp(d);
  });
  const page = async (url: string) => (await tiny.request(url)).text();

  it("escapes hostile titles everywhere", async () => {
    for (const path of ["/faq", "/faq/evil", "/novinky", "/novinky/first", "/", "/faq?q=kdy+se+stehujeme"]) {
      const html = await page(path);
      expect(html, path).not.toContain(EVIL);
      expect(html, path).toContain("&lt;script&gt;");
    }
    const body = await page("/faq/evil");
    expect(body).not.toMatch(/href="javascript/i);
    expect(body).toContain('<a href="https://example.cz">webem</a>');
    expect(body).not.toContain("<b>sociálních</b>");
  });

  it("a claim with </script> cannot break out of its JSON-LD", async () => {
    const html = await page("/myty");
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!);
    expect(data.claimReviewed).toBe("Ubytovnu zbourají </script><script>alert(1)</script>");
    expect(data.url).toBe("https://info.example.cz/myty/evil");
    expect(html).not.toContain("<script>alert(1)</script>");
  });

  it("iCal: the dated meeting in UTC, the undated one left out", async () => {
    const res = await tiny.request("/setkani.ics?lang=en");
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const ics = (await res.text()).replace(/\r\n /g, "");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.trim().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const event = ics.match(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/)![1]!;
    const fields = Object.fromEntries(event.trim().split("\r\n").map((l) => [l.split(":")[0], l.slice(l.indexOf(":") + 1)]));
    expect(fields.UID).toBe("evening@hlasatel");
    expect(fields.DTSTART).toBe("20261203T160000Z"); // 17:00 in Prague in winter
    expect(fields.DTEND).toBe("20261203T173000Z");
    expect(fields.SUMMARY).toBe("Evening meeting");
    expect(ics).toContain("X-WR-TIMEZONE:Europe/Prague");
  });

  it("the meetings page shows the date and 'bude upřesněno'", async () => {
    const html = await page("/setkani");
    expect(html).toContain("3. prosince 2026, 17:00");
    expect(html).toContain("bude upřesněno");
  });

  it("the leaflet has a QR code for the form and each bot, pointing at PUBLIC_URL", async () => {
    const html = await page("/letak?lang=uk");
    expect(html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(3);
    expect(html).toContain("https://info.example.cz/ask?lang=uk");
    expect(html).toContain("https://t.me/hlasatel_test_bot");
    expect(html).toContain("https://wa.me/420123456789");
    expect(html).toContain('role="img"');
  });

  it("works with sections missing (no timeline, no contacts)", async () => {
    for (const path of ["/casova-osa", "/kontakty", "/"]) expect((await tiny.request(path)).status, path).toBe(200);
  });
});

describe("stylesheet", () => {
  it("is served under its content hash with a long cache, and linked from every page", async () => {
    const { html } = await get("/");
    const href = html.match(/<link rel="stylesheet" href="(\/static\/site\.[a-z0-9]+\.css)"/)![1]!;
    const res = await app.request(href);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/css/);
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(await res.text()).toContain("font-size:112.5%");
  });
});
