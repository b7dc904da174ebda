// The question form end to end through createApp(deps).request(): form →
// "Možná hledáte…" → redacted preview → confirm → ticket page → answer.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { ASK_LIMITS } from "../../src/web/ask/routes.js";
import { answerQuestion } from "../../src/relay/questions.js";
import { makeTestDeps } from "../helpers/deps.js";
import { browser, csrfOf, formFields, textareaOf } from "./ask-client.js";

type Deps = Awaited<ReturnType<typeof makeTestDeps>>;
let deps: Deps;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  deps = await makeTestDeps();
  app = createApp(deps);
});
afterEach(async () => deps.store.close());

async function storedTexts(): Promise<string[]> {
  const rows = await deps.store.driver.all<{ text_redacted: string }>("SELECT text_redacted FROM questions");
  return rows.map((r) => r.text_redacted);
}

/** Opens the form and returns the client and its CSRF token. */
async function openForm(ip?: string) {
  const client = browser(app, ip);
  const res = await client.get("/ask");
  expect(res.status).toBe(200);
  return { client, csrf: csrfOf(await res.text()) };
}

const PHONE = "777 123 456";
const EMAIL = "jana.novakova@example.cz";
const PRIVATE = `Kdy se zavře ubytovna Drahomíra? Mám dvě děti. Volejte mi na ${PHONE} nebo pište na ${EMAIL}.`;

describe("GET /ask", () => {
  it("shows the form with every field, the note on what happens, crisis numbers, and a CSRF cookie", async () => {
    const client = browser(app);
    const res = await client.get("/ask");
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(client.cookie()).toMatch(/ask_csrf=[a-z2-7]{26}/);
    for (const name of ['name="text"', 'name="audience"', 'name="theme"', 'name="lang"', 'name="csrf"', 'name="website"']) expect(html).toContain(name);
    expect(html).toContain("Bydlím na ubytovně");
    expect(html).toContain("Peníze a dávky");
    expect(html).toContain('href="tel:112"');
    expect(html).toContain('href="tel:156"');
    expect(html).toContain("Otázka je anonymní");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("prefills ?q= from the FAQ search, escaped", async () => {
    const html = await (await browser(app).get(`/ask?q=${encodeURIComponent('kdy se stěhujeme <script>alert("x")</script>')}`)).text();
    expect(textareaOf(html)).toBe('kdy se stěhujeme <script>alert("x")</script>');
    expect(html).not.toContain("<script>alert");
  });

  it("speaks English and Ukrainian when asked", async () => {
    expect(await (await browser(app).get("/ask?lang=en")).text()).toContain("Ask the city");
    expect(await (await browser(app).get("/ask?lang=uk")).text()).toContain("Запитати місто");
  });
});

describe("the whole flow", () => {
  it("shows vetted answers first, then the redacted preview, stores only the redacted text, and shows the garant's answer on the ticket", async () => {
    const { client, csrf } = await openForm();

    // 1. A question the content answers: "Možná hledáte…" with links, nothing stored.
    const first = await client.post("/ask", { csrf, text: PRIVATE, audience: "resident", theme: "moving", lang: "cs", website: "" });
    const matchesHtml = await first.text();
    expect(first.status).toBe(200);
    expect(matchesHtml).toContain("Možná hledáte");
    expect(matchesHtml).toMatch(/<a href="\/(faq|myty)\/[a-z0-9-]+">/);
    expect(matchesHtml).toContain("Přesto poslat otázku");
    expect(await storedTexts()).toEqual([]);
    // Every suggested link opens a page of the website.
    for (const [, href] of matchesHtml.matchAll(/<ul class="ask-matches">[\s\S]*?<\/ul>/g).next().value![0].matchAll(/href="([^"]+)"/g)) {
      expect((await client.get(href!)).status, href).toBe(200);
    }

    // 2. "Přesto poslat otázku": the preview shows placeholders, never the phone or e-mail.
    const previewRes = await client.post("/ask", formFields(matchesHtml, "/ask"));
    const previewHtml = await previewRes.text();
    expect(previewRes.status).toBe(200);
    expect(previewHtml).toContain('<mark class="ask-ph" data-kind="phone">[telefon]</mark>');
    expect(previewHtml).toContain('<mark class="ask-ph" data-kind="email">[e-mail]</mark>');
    expect(previewHtml).toMatch(/Odstranili jsme: (1 telefon, 1 e-mail|1 e-mail, 1 telefon)/);
    expect(previewHtml).toContain("obyvatel ubytovny");
    expect(previewHtml).toContain("Stěhování");
    const confirm = formFields(previewHtml, "/ask/confirm");
    expect(confirm.redacted).not.toContain(PHONE);
    expect(confirm.redacted).not.toContain(EMAIL);
    // Nowhere in the page, not even in a hidden field: "Upravit" carries the original sealed.
    expect(previewHtml).not.toContain(PHONE);
    expect(previewHtml).not.toContain(EMAIL);
    expect(previewHtml).not.toContain("novakova");

    // 3. Confirm: stored redacted, a ticket link shown.
    const sentRes = await client.post("/ask/confirm", confirm);
    const sentHtml = await sentRes.text();
    expect(sentRes.status).toBe(200);
    expect(sentRes.headers.get("cache-control")).toBe("no-store");
    const ticketUrl = /http:\/\/localhost\/t\/([a-z2-7]{52})/.exec(sentHtml);
    expect(ticketUrl).not.toBeNull();
    const texts = await storedTexts();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toBe(confirm.redacted);
    expect(texts[0]).toContain("[telefon]");
    expect(texts[0]).not.toContain("777");
    expect(texts[0]).not.toContain("novakova");
    const [row] = await deps.store.driver.all<{ audience: string; theme: string; lang: string; channel: string }>(
      "SELECT audience, theme, lang, channel FROM questions",
    );
    expect(row).toEqual({ audience: "residents", theme: "moving", lang: "cs", channel: "web" });

    // 4. The ticket page: waiting, then the answer with its date.
    const token = ticketUrl![1]!;
    const waiting = await (await client.get(`/t/${token}`)).text();
    expect(waiting).toContain("Čeká na odpověď");
    expect(waiting).toContain("[telefon]");
    expect(waiting).not.toContain(PHONE);

    const question = await deps.store.questions.getByTicketToken(token);
    deps.clock.advance(2 * 24 * 3600_000);
    const garant = await deps.store.staff.addUser({ email: "garant@example.cz", role: "garant" });
    expect(await answerQuestion(deps, { questionId: question!.id, staffId: garant.id, text: "Stěhovat se začne nejdřív na jaře. <b>Napíšeme</b> vám." })).toBe("ticket");
    const answered = await client.get(`/t/${token}`);
    const answeredHtml = await answered.text();
    expect(answered.status).toBe(200);
    expect(answeredHtml).toContain("Zodpovězeno");
    expect(answeredHtml).toContain("Stěhovat se začne nejdřív na jaře. &lt;b&gt;Napíšeme&lt;/b&gt; vám.");
    expect(answeredHtml).toContain("Odpovězeno 24. listopadu 2026");
  });

  it("goes straight to the preview when nothing in the content matches", async () => {
    const { client, csrf } = await openForm();
    const res = await client.post("/ask", { csrf, text: "Xylofon zelený kvák kvák blablabla?", lang: "cs" });
    const html = await res.text();
    expect(html).not.toContain("Možná hledáte");
    expect(html).toContain("Zkontrolujte, co odešle");
    expect(html).toContain("Osobní údaje jsme nenašli");
  });

  it("a name and a phone number are nowhere in the preview page", async () => {
    const { client, csrf } = await openForm();
    const res = await client.post("/ask", { csrf, text: "Dobrý den, jsem Jana Nováková a volejte mi na 777 123 456.", step: "preview" });
    const html = await res.text();
    expect(html).toContain("[jméno]");
    expect(html).toContain("[telefon]");
    expect(html).not.toContain("Nováková");
    expect(html).not.toContain("777 123 456");
    expect(formFields(html, "/ask/confirm").redacted).not.toContain("Nováková");
  });

  it("'Upravit' goes back to the form with the ORIGINAL text and choices", async () => {
    const { client, csrf } = await openForm();
    const preview = await (await client.post("/ask", { csrf, text: PRIVATE, audience: "neighbour", theme: "safety", lang: "uk", step: "preview" })).text();
    const editFields = formFields(preview.split('action="/ask/confirm"')[1]!, "/ask");
    expect(editFields.step).toBe("edit");
    const form = await (await client.post("/ask", editFields)).text();
    expect(textareaOf(form)).toBe(PRIVATE);
    expect(form).toMatch(/value="neighbour" checked/);
    expect(form).toMatch(/<option value="safety" selected/);
    expect(form).toMatch(/<option value="uk" selected/);
    expect(await storedTexts()).toEqual([]);

    // A draft altered on the way back is not opened: an empty form with a kind message.
    const draft = editFields.draft!;
    const flipped = draft.slice(0, 20) + (draft[20] === "A" ? "B" : "A") + draft.slice(21);
    const tampered = await client.post("/ask", { ...editFields, draft: flipped });
    expect(tampered.status).toBe(422);
    const tamperedHtml = await tampered.text();
    expect(textareaOf(tamperedHtml)).toBe("");
    expect(tamperedHtml).toContain("Náhled se nepodařilo ověřit");
  });

  it("escapes what people type everywhere", async () => {
    const { client, csrf } = await openForm();
    const evil = `<img src=x onerror=alert(1)> "quotes" & <script>alert(2)</script>`;
    const html = await (await client.post("/ask", { csrf, text: evil, step: "preview" })).text();
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>alert(2)");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const sent = await (await client.post("/ask/confirm", formFields(html, "/ask/confirm"))).text();
    const token = /\/t\/([a-z2-7]{52})/.exec(sent)![1];
    const ticket = await (await client.get(`/t/${token}`)).text();
    expect(ticket).not.toContain("<script>alert(2)");
    expect(ticket).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });
});

describe("form bodies", () => {
  it("reads multipart forms too, and a field named __proto__ is just a field", async () => {
    const { client, csrf } = await openForm();
    const form = new FormData();
    form.set("csrf", csrf);
    form.set("text", "Otázka poslaná jako multipart");
    form.set("step", "preview");
    const res = await app.request("/ask", { method: "POST", body: form, headers: { origin: "http://localhost", cookie: client.cookie() } }, { incoming: { socket: { remoteAddress: "203.0.113.7" } } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Otázka poslaná jako multipart");
    const fields = { ...JSON.parse('{"__proto__":"x","constructor":"y"}'), csrf, text: "Otázka s divným polem", step: "preview" } as Record<string, string>;
    expect(new URLSearchParams(fields).toString()).toContain("__proto__=x");
    const proto = await client.post("/ask", fields);
    expect(proto.status).toBe(200);
    expect(await proto.text()).toContain("Otázka s divným polem");
  });
});

describe("refusals", () => {
  async function signedPreview() {
    const { client, csrf } = await openForm();
    const html = await (await client.post("/ask", { csrf, text: `Otázka s telefonem ${PHONE}`, audience: "resident", step: "preview" })).text();
    return { client, fields: formFields(html, "/ask/confirm") };
  }

  it("refuses tampered hidden fields and stores nothing", async () => {
    const { client, fields } = await signedPreview();
    const changes: Record<string, string>[] = [
      { redacted: `Otázka s telefonem ${PHONE}` },
      { audience: "neighbours" },
      { theme: "money" },
      { lang: "en" },
      { sig: "0".repeat(64) },
      { sig: "" },
    ];
    for (const change of changes) {
      const res = await client.post("/ask/confirm", { ...fields, ...change });
      expect(res.status, JSON.stringify(change)).toBe(403);
    }
    expect(await storedTexts()).toEqual([]);
    // The untouched fields still work.
    expect((await client.post("/ask/confirm", fields)).status).toBe(200);
    expect(await storedTexts()).toHaveLength(1);
  });

  it("refuses a signature made under another secret", async () => {
    const { fields } = await signedPreview();
    const other = await makeTestDeps({ env: { SESSION_SECRET: "another-secret-another-secret-another" } });
    try {
      const otherApp = createApp(other);
      const client = browser(otherApp);
      const csrf = csrfOf(await (await client.get("/ask")).text());
      expect((await client.post("/ask/confirm", { ...fields, csrf })).status).toBe(403);
      expect(await other.store.driver.all("SELECT id FROM questions")).toEqual([]);
    } finally {
      await other.store.close();
    }
  });

  it("refuses missing or wrong CSRF tokens, a missing cookie, and cross-site origins, keeping the typed text", async () => {
    const { client, fields } = await signedPreview();
    const missing = await client.post("/ask/confirm", { ...fields, csrf: "" });
    expect(missing.status).toBe(403);
    expect((await client.post("/ask/confirm", { ...fields, csrf: "a".repeat(64) })).status).toBe(403);
    expect((await client.post("/ask/confirm", fields, { cookie: null })).status).toBe(403);
    expect((await client.post("/ask/confirm", fields, { cookie: "ask_csrf=bbbbbbbbbbbbbbbbbbbbbbbbbb" })).status).toBe(403);
    const crossSite = await client.post("/ask/confirm", fields, { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    const noOrigin = await client.post("/ask/confirm", fields, { origin: null });
    expect(noOrigin.status).toBe(403);
    expect(await storedTexts()).toEqual([]);

    const form = await client.post("/ask", { text: "Moje dlouhá otázka, kterou nechci ztratit", csrf: "wrong" });
    expect(form.status).toBe(403);
    const html = await form.text();
    expect(textareaOf(html)).toBe("Moje dlouhá otázka, kterou nechci ztratit");
    expect(html).toContain("Formulář vypršel");
  });

  it("gives a bot that fills the honeypot a normal-looking page and stores nothing", async () => {
    const { client, csrf } = await openForm();
    const res = await client.post("/ask", { csrf, text: "Buy cheap watches at our shop now", website: "http://spam.example" });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain("Otázka odešla");
    const fake = /\/t\/([a-z2-7]{52})/.exec(html)![1];
    expect((await client.get(`/t/${fake}`)).status).toBe(404);

    const { fields } = await signedPreview();
    const confirm = await client.post("/ask/confirm", { ...fields, csrf, website: "filled" });
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain("Otázka odešla");
    expect(await storedTexts()).toEqual([]);
  });

  it("limits sent questions per client with a friendly message, other clients unaffected", async () => {
    const { client, csrf } = await openForm("198.51.100.20");
    const preview = await (await client.post("/ask", { csrf, text: "Moje otázka bez osobních údajů", step: "preview" })).text();
    const fields = formFields(preview, "/ask/confirm");
    for (let i = 0; i < ASK_LIMITS.sends.limit; i++) expect((await client.post("/ask/confirm", fields)).status).toBe(200);
    const sixth = await client.post("/ask/confirm", fields);
    const html = await sixth.text();
    expect(sixth.status).toBe(429);
    expect(html).toContain("Chvíli prosím počkejte");
    expect(html).toMatch(/znovu za \d+ min/);
    // The preview is still there with the same signed text, ready to send later.
    expect(formFields(html, "/ask/confirm").redacted).toBe(fields.redacted);
    expect(await storedTexts()).toHaveLength(ASK_LIMITS.sends.limit);

    const other = await openForm("198.51.100.21");
    const otherPreview = await (await other.client.post("/ask", { csrf: other.csrf, text: "Jiná otázka od někoho jiného", step: "preview" })).text();
    expect((await other.client.post("/ask/confirm", formFields(otherPreview, "/ask/confirm"))).status).toBe(200);

    // After the window the first client may send again.
    deps.clock.advance(10 * 60_000);
    expect((await client.post("/ask/confirm", fields)).status).toBe(200);
  });

  it("limits previews per client and keeps the text; an IPv6 client is limited per /64", async () => {
    const { client, csrf } = await openForm("2001:db8:1:2::10");
    for (let i = 0; i < ASK_LIMITS.previews.limit; i++) expect((await client.post("/ask", { csrf, text: `Otázka číslo ${i}`, step: "preview" })).status).toBe(200);
    const sameNetwork = browser(app, "2001:db8:1:2:aaaa::99");
    const csrf2 = csrfOf(await (await sameNetwork.get("/ask")).text());
    const limited = await sameNetwork.post("/ask", { csrf: csrf2, text: "Tuhle otázku nechci ztratit", step: "preview" });
    expect(limited.status).toBe(429);
    const html = await limited.text();
    expect(textareaOf(html)).toBe("Tuhle otázku nechci ztratit");
    expect(html).toContain("Z tohoto připojení přišlo");
  });

  it("too short and too long texts come back with an error and every character that was typed", async () => {
    const { client, csrf } = await openForm();
    const short = await client.post("/ask", { csrf, text: "  ?? " });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain("Otázka je moc krátká");

    const long = `Začátek ${"a velmi dlouhý text ".repeat(110)}konec.`;
    expect(long.length).toBeGreaterThan(2000);
    const res = await client.post("/ask", { csrf, text: long, audience: "other", theme: "money" });
    const html = await res.text();
    expect(res.status).toBe(422);
    expect(textareaOf(html)).toBe(long);
    expect(html).toContain(`má ${long.length} znaků`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/value="other" checked/);
    expect(await storedTexts()).toEqual([]);
  });
});

describe("GET /t/:token", () => {
  it("answers an unknown or malformed token with the same kind 404", async () => {
    const client = browser(app);
    const bodies: string[] = [];
    for (const token of ["a".repeat(52), "short", "../../etc/passwd", "A".repeat(52)]) {
      const res = await client.get(`/t/${encodeURIComponent(token)}`);
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toBe("no-store");
      bodies.push((await res.text()).replace(/\/t\/[^"?]*/g, ""));
    }
    expect(bodies[0]).toContain("Tento odkaz neznáme");
    expect(new Set(bodies).size).toBe(1);
  });

  it("sends noindex, no-referrer and no-store", async () => {
    const { question, ticketToken } = await (await import("../../src/relay/questions.js")).submitQuestion(deps, { channel: "web", lang: "cs", text: "Kdy přijde odpověď?" });
    expect(question.status).toBe("new");
    const res = await browser(app).get(`/t/${ticketToken}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-robots-tag")).toContain("noindex");
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(html).toContain('<meta name="referrer" content="no-referrer"/>');
    expect(html).toContain("Kdy přijde odpověď?");
  });

  it("shows a closed question in plain words", async () => {
    const { question, ticketToken } = await (await import("../../src/relay/questions.js")).submitQuestion(deps, { channel: "web", lang: "cs", text: "Duplicitní otázka" });
    await deps.store.questions.close(question.id);
    const html = await (await browser(app).get(`/t/${ticketToken}?lang=en`)).text();
    expect(html).toContain("Closed");
    expect(html).toContain("closed without a further answer");
  });
});
