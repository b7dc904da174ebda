// A tiny browser stand-in for the question-form tests: keeps the cookies,
// sends forms the way a browser does (urlencoded, same Origin) and reads the
// hidden fields of a returned page.
import type { Hono } from "hono";

export interface Client {
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, fields: Record<string, string>, options?: { origin?: string | null; cookie?: string | null }): Promise<Response>;
  cookie(): string;
}

/** `ip` is what @hono/node-server would give as the socket's address. */
export function browser(app: Hono<any>, ip = "203.0.113.7"): Client {
  const jar = new Map<string, string>();
  const env = { incoming: { socket: { remoteAddress: ip } } };
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  return {
    cookie,
    async get(path, headers = {}) {
      return remember(await app.request(path, { headers: { cookie: cookie(), ...headers } }, env));
    },
    async post(path, fields, options = {}) {
      const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
      const origin = options.origin === undefined ? "http://localhost" : options.origin;
      if (origin) headers.origin = origin;
      const c = options.cookie === undefined ? cookie() : options.cookie;
      if (c) headers.cookie = c;
      return remember(await app.request(path, { method: "POST", headers, body: new URLSearchParams(fields).toString() }, env));
    },
  };
}

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The hidden and text inputs of the form posting to `action` (the first such form). */
export function formFields(html: string, action: string): Record<string, string> {
  const form = html.split(`action="${action}"`)[1]?.split("</form>")[0];
  if (form === undefined) throw new Error(`no form posting to ${action}`);
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? "";
    if (name) fields[name] = unescape(value);
  }
  return fields;
}

export function csrfOf(html: string): string {
  const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error("no csrf token on the page");
  return token;
}

export function textareaOf(html: string): string | null {
  const m = /<textarea[^>]*name="text"[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  return m ? unescape(m[1]!) : null;
}
