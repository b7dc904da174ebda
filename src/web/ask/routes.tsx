// The anonymous question form (works with no JavaScript at all):
//   GET  /ask          the form (?q= prefills it from the FAQ search)
//   POST /ask          checks the text; vetted answers first ("Možná hledáte…"),
//                      then the preview of exactly what the garant receives
//   POST /ask/confirm  stores the signed, redacted text; shows the ticket link
//   GET  /t/:token     the ticket page with the garant's answer
// Nothing is stored before /ask/confirm, and then only through submitQuestion
// (which redacts again).
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { AppDeps } from "../../deps.js";
import { errorKind } from "../../log.js";
import { submitQuestion } from "../../relay/questions.js";
import { newSecret } from "../../store/ids.js";
import { languageMiddleware, type WebEnv } from "../lang.js";
import { publicOrigin } from "../urls.js";
import { ASK_CSS, ASK_CSS_PATH, ASK_JS, ASK_JS_PATH } from "./assets.js";
import { ASKERS, confirmParts, confirmSchema, parseAskForm, storedLang, type AskFields, type ConfirmFields } from "./form.js";
import { findMatches } from "./matches.js";
import { memoTranslations } from "./memo-t.js";
import { preview } from "./preview.js";
import { checkCsrf, clientKey, csrfToken, ensureCsrfCookie, seal, sign, unseal, verify } from "./security.js";
import { FormPage, type FormProblem } from "./views/form-page.js";
import { crisisLines } from "./views/shared.js";
import { MatchesPage, PreviewPage, SentPage } from "./views/step-pages.js";
import { TicketNotFoundPage, TicketPage } from "./views/ticket-page.js";

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/**
 * Per client (hashed address): previews are cheap and people rephrase; sent
 * questions are few. The limit is per address, and a whole hostel or a
 * residents' meeting may share one Wi-Fi address, so it is set for a room of
 * people, not for one person.
 */
export const ASK_LIMITS = {
  previews: { limit: 60, windowMs: 10 * 60_000 },
  sends: { limit: 15, windowMs: 10 * 60_000 },
} as const satisfies Record<string, RateLimit>;

const SIGN_PURPOSE = "ask-confirm";
/** Ticket tokens are 32 random bytes in base32 (store/ids newSecret). */
const TICKET_TOKEN = /^[a-z2-7]{52}$/;

type C = Context<WebEnv>;

export function createAskRoutes(deps: AppDeps): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  const language = languageMiddleware(deps.i18n);
  // Hono's origin check before our own token: a cross-site POST never reaches a handler.
  // Behind a TLS proxy the request URL says http: PUBLIC_URL's origin counts as ours too.
  const originCheck = csrf({
    origin: (origin, c) => origin === new URL(c.req.url).origin || (!!deps.config.PUBLIC_URL && origin === new URL(deps.config.PUBLIC_URL).origin),
  });
  const sameOrigin: MiddlewareHandler<WebEnv> = async (c, next) => {
    try {
      await originCheck(c, next);
    } catch (e) {
      // csrf() throws its refusal; answer it with the kind page instead of the app's 500.
      if (!(e instanceof HTTPException) || e.status !== 403) throw e;
      deps.log.info("ask.cross_origin", {});
      c.res = await showForm(c, { text: "" }, { kind: "csrf" }, 403);
    }
  };
  const memoT = memoTranslations();
  for (const path of ["/ask", "/ask/*", "/t/*"]) {
    // The website's middleware usually ran already (it is mounted first); then once is enough.
    app.use(path, (c, next) => (c.get("lang") ? next() : language(c, next)));
    app.use(path, async (c, next) => {
      c.set("t", memoT(c.get("lang"), c.get("t")));
      await next();
    });
  }
  app.use("/ask", sameOrigin);
  app.use("/ask/*", sameOrigin);

  app.get(ASK_CSS_PATH, (c) => asset(c, ASK_CSS, "text/css; charset=utf-8"));
  app.get(ASK_JS_PATH, (c) => asset(c, ASK_JS, "text/javascript; charset=utf-8"));

  const crisis = (c: C) => crisisLines(deps.knowledge.current().kb, c.get("lang"));
  const token = (c: C) => csrfToken(deps.secret, ensureCsrfCookie(c));

  async function showForm(c: C, fields: AskFields, problem?: FormProblem, status: 200 | 403 | 422 | 429 | 503 = 200, csrfValue?: string) {
    noStore(c);
    return c.html(<FormPage c={c} csrf={csrfValue ?? token(c)} fields={fields} problem={problem} crisis={crisis(c)} />, status);
  }

  /** What a bot that filled the honeypot sees: a success page with a ticket that does not exist. */
  function decoy(c: C) {
    noStore(c);
    deps.log.info("ask.honeypot", {});
    return c.html(<SentPage c={c} url={`${publicOrigin(c, deps.config.PUBLIC_URL)}/t/${newSecret()}`} />);
  }

  app.get("/ask", async (c) => {
    const q = c.req.query("q");
    return showForm(c, q ? parseAskForm({ text: q.slice(0, 4000) }).fields : { text: "" });
  });

  app.post("/ask", async (c) => {
    const body = await formBody(c);
    const { fields, error } = parseAskForm(body);
    const csrfValue = checkCsrf(c, deps.secret, body.csrf);
    if (!csrfValue) return showForm(c, fields, { kind: "csrf" }, 403);
    if (honeypotFilled(body)) return decoy(c);
    if (body.step === "edit") {
      // From the preview the original comes sealed; from "Možná hledáte…" in clear (that page shows it anyway).
      if (typeof body.draft !== "string") return showForm(c, fields, undefined, 200, csrfValue);
      const draft = unseal(deps.secret, body.draft);
      const restored = draft === null ? null : parseAskForm(parseJsonObject(draft)).fields;
      return restored ? showForm(c, restored, undefined, 200, csrfValue) : showForm(c, { text: "" }, { kind: "expired" }, 422, csrfValue);
    }
    if (error === "tooShort") return showForm(c, fields, { kind: "tooShort" }, 422, csrfValue);
    if (error === "tooLong") return showForm(c, fields, { kind: "tooLong", length: [...fields.text].length }, 422, csrfValue);

    const limited = await rateLimited(c, "ask-preview", ASK_LIMITS.previews);
    if (limited) return showForm(c, fields, { kind: "rateLimited", minutes: limited }, 429, csrfValue);

    noStore(c);
    if (body.step !== "preview") {
      const lang = fields.lang && fields.lang !== "other" ? fields.lang : c.get("lang");
      const matches = findMatches(deps.knowledge.current(), fields.text, lang, c.get("lang"));
      if (matches.length) return c.html(<MatchesPage c={c} csrf={csrfValue} fields={fields} matches={matches} />);
    }
    let shown: ReturnType<typeof preview>;
    try {
      shown = preview(fields.text);
    } catch (e) {
      // A redaction fault must not cost the person their text.
      deps.log.error("ask.preview_failed", { kind: errorKind(e) });
      return showForm(c, fields, { kind: "failed" }, 503, csrfValue);
    }
    const { redacted, removed } = shown;
    const unsigned = {
      redacted,
      audience: fields.audience ? ASKERS[fields.audience] : "unknown",
      theme: fields.theme ?? "",
      lang: storedLang(fields.lang ?? c.get("lang")),
    } as const;
    const signed: ConfirmFields = { ...unsigned, sig: sign(deps.secret, SIGN_PURPOSE, confirmParts(unsigned)) };
    const draft = seal(deps.secret, JSON.stringify(fields));
    return c.html(<PreviewPage c={c} csrf={csrfValue} draft={draft} signed={signed} removed={removed} />);
  });

  app.post("/ask/confirm", async (c) => {
    const body = await formBody(c);
    const csrfValue = checkCsrf(c, deps.secret, body.csrf);
    if (!csrfValue) return showForm(c, { text: "" }, { kind: "csrf" }, 403);
    if (honeypotFilled(body)) return decoy(c);
    const parsed = confirmSchema.safeParse(body);
    if (!parsed.success || !verify(deps.secret, SIGN_PURPOSE, confirmParts(parsed.data), parsed.data.sig)) {
      // Tampered with, or signed under another secret: nothing is stored.
      deps.log.warn("ask.bad_signature", {});
      return showForm(c, { text: "" }, { kind: "csrf" }, 403);
    }
    const f = parsed.data;
    const t = c.get("t");
    // Shown again with the same signed text, so nothing typed is lost.
    const again = (problem: { title: string; text: string }, status: 429 | 503) => {
      noStore(c);
      return c.html(<PreviewPage c={c} csrf={csrfValue} draft={null} signed={f} removed={null} problem={problem} />, status);
    };
    const limited = await rateLimited(c, "ask-send", ASK_LIMITS.sends);
    if (limited) return again({ title: t("ask:rateLimited.title"), text: t("ask:rateLimited.text", { minutes: limited }) }, 429);
    let ticketToken: string | null;
    try {
      // submitQuestion redacts once more: what is stored is never less redacted than what was shown.
      ({ ticketToken } = await submitQuestion(deps, { channel: "web", audience: f.audience, theme: f.theme || null, lang: f.lang, text: f.redacted }));
    } catch (e) {
      deps.log.error("ask.submit_failed", { kind: errorKind(e) });
      return again({ title: t("ask:errors.failedTitle"), text: t("ask:errors.failed") }, 503);
    }
    noStore(c);
    noReferrer(c);
    return c.html(<SentPage c={c} url={`${publicOrigin(c, deps.config.PUBLIC_URL)}/t/${ticketToken}`} />);
  });

  app.get("/t/:token", async (c) => {
    noStore(c);
    noReferrer(c);
    c.header("X-Robots-Tag", "noindex, nofollow");
    const raw = c.req.param("token").trim().toLowerCase();
    const question = TICKET_TOKEN.test(raw) ? await deps.store.questions.getByTicketToken(raw) : null;
    if (!question || question.channel !== "web") return c.html(<TicketNotFoundPage c={c} />, 404);
    return c.html(<TicketPage c={c} question={question} />);
  });

  /** Minutes to wait (at least 1) when the client is over the limit, else 0. */
  async function rateLimited(c: C, purpose: string, rule: RateLimit): Promise<number> {
    const key = `${purpose}:${clientKey(c, deps.secret)}`;
    const result = await deps.store.rateLimits.hit(key, rule.windowMs, rule.limit);
    if (result.allowed) return 0;
    deps.log.info("ask.rate_limited", { purpose });
    return Math.max(1, Math.ceil(result.retryAfterMs / 60_000));
  }

  return app;
}

/**
 * The posted form. Browsers send these forms urlencoded; URLSearchParams reads
 * that several times faster than the FormData path of parseBody(), which stays
 * for anything else (multipart).
 */
async function formBody(c: C): Promise<Record<string, unknown>> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header("content-type") ?? "")) return c.req.parseBody();
  // No prototype (a field named __proto__ stays a field); the last value of a repeated name wins, as in parseBody().
  const body: Record<string, string> = Object.create(null);
  for (const [k, v] of new URLSearchParams(await c.req.text())) body[k] = v;
  return body;
}

function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function honeypotFilled(body: Record<string, unknown>): boolean {
  return typeof body.website === "string" && body.website.trim() !== "";
}

/** Pages with someone's question or ticket are never kept by a cache or the back-forward history of a shared phone. */
function noStore(c: C): void {
  c.header("Cache-Control", "no-store");
}

/** The ticket URL must not leak to a site a link on the page leads to. */
function noReferrer(c: C): void {
  c.header("Referrer-Policy", "no-referrer");
}

function asset(c: C, body: string, type: string) {
  c.header("Content-Type", type);
  c.header("Cache-Control", "public, max-age=31536000, immutable");
  return c.body(body);
}
