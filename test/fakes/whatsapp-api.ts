// A fake WhatsApp Cloud (Graph) API on 127.0.0.1, reached through
// WHATSAPP_API_ROOT. It records every call, answers like Meta does
// ({ messaging_product, contacts, messages: [{ id: "wamid…" }] }), and can be
// told to fail the next calls (429, error codes 131047, 131026 …).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface GraphCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: any;
}

export interface GraphFailure {
  status: number;
  code: number;
  retryAfterSeconds?: number;
}

export interface FakeGraphApi {
  /** e.g. http://127.0.0.1:41234/v21.0 */
  root: string;
  calls: GraphCall[];
  /** Calls that sent a message (POST …/messages). */
  messages(): GraphCall[];
  failNext(...failures: GraphFailure[]): void;
  /** Resolves when at least n messages were posted (or rejects after timeoutMs). */
  waitForMessages(n: number, timeoutMs?: number): Promise<GraphCall[]>;
  reset(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const ERROR_TITLES: Record<number, string> = {
  130429: "Rate limit hit",
  131056: "(Business Account, Consumer Account) pair rate limit hit",
  131047: "Re-engagement message",
  131026: "Message undeliverable",
  100: "Invalid parameter",
};

export async function startFakeGraphApi(): Promise<FakeGraphApi> {
  const calls: GraphCall[] = [];
  const failures: GraphFailure[] = [];
  let counter = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  const messages = () => calls.filter((c) => c.method === "POST" && c.path.endsWith("/messages"));

  const server: Server = createServer(async (req, res) => {
    const text = await readBody(req);
    let body: any = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    const path = (req.url ?? "/").split("?")[0]!;
    calls.push({ method: req.method ?? "GET", path, authorization: req.headers.authorization, body });
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(json));
    };
    if (!/^\/v\d+\.\d+\/[^/]+\/messages$/.test(path) || req.method !== "POST") {
      return send(404, { error: { message: "Unknown path components", type: "OAuthException", code: 2500 } });
    }
    if (req.headers.authorization !== "Bearer test-wa-token") {
      return send(401, { error: { message: "Invalid OAuth access token.", type: "OAuthException", code: 190 } });
    }
    const failure = failures.shift();
    if (failure) {
      send(failure.status, {
        error: { message: ERROR_TITLES[failure.code] ?? "Error", type: "OAuthException", code: failure.code, fbtrace_id: "AbCdEf" },
      }, failure.retryAfterSeconds ? { "retry-after": String(failure.retryAfterSeconds) } : {});
    } else if (body?.messaging_product !== "whatsapp" || typeof body?.to !== "string") {
      send(400, { error: { message: "(#100) Invalid parameter", type: "OAuthException", code: 100 } });
    } else {
      counter++;
      send(200, {
        messaging_product: "whatsapp",
        contacts: [{ input: body.to, wa_id: body.to }],
        messages: [{ id: `wamid.FAKE${String(counter).padStart(6, "0")}` }],
      });
    }
    const done = messages().length;
    for (const w of waiters.filter((w) => done >= w.n)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    root: `http://127.0.0.1:${port}/v21.0`,
    calls,
    messages,
    failNext: (...f) => void failures.push(...f),
    waitForMessages(n, timeoutMs = 5000) {
      if (messages().length >= n) return Promise.resolve(messages());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${messages().length} of ${n} WhatsApp messages arrived`)), timeoutMs);
        waiters.push({ n, resolve: () => { clearTimeout(timer); resolve(messages()); } });
      });
    },
    reset() {
      calls.length = 0;
      failures.length = 0;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Webhook bodies as Meta sends them. */
export const waPayload = {
  envelope(value: Record<string, unknown>) {
    return {
      object: "whatsapp_business_account",
      entry: [{ id: "WABA_ID", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "420777000000", phone_number_id: "PHONE_ID" }, ...value } }] }],
    };
  },
  text(from: string, id: string, body: string) {
    return waPayload.envelope({
      contacts: [{ profile: { name: "Test" }, wa_id: from }],
      messages: [{ from, id, timestamp: "1763802000", type: "text", text: { body } }],
    });
  },
  buttonReply(from: string, id: string, replyId: string, title = "OK") {
    return waPayload.envelope({
      contacts: [{ profile: { name: "Test" }, wa_id: from }],
      messages: [{ from, id, timestamp: "1763802000", type: "interactive", interactive: { type: "button_reply", button_reply: { id: replyId, title } } }],
    });
  },
  listReply(from: string, id: string, rowId: string, title = "Row") {
    return waPayload.envelope({
      contacts: [{ profile: { name: "Test" }, wa_id: from }],
      messages: [{ from, id, timestamp: "1763802000", type: "interactive", interactive: { type: "list_reply", list_reply: { id: rowId, title, description: "" } } }],
    });
  },
  image(from: string, id: string) {
    return waPayload.envelope({
      contacts: [{ profile: { name: "Test" }, wa_id: from }],
      messages: [{ from, id, timestamp: "1763802000", type: "image", image: { mime_type: "image/jpeg", sha256: "x", id: "MEDIA_ID" } }],
    });
  },
  status(messageId: string, status: string, recipient = "420777123456", errorCode?: number) {
    return waPayload.envelope({
      statuses: [{
        id: messageId, status, timestamp: "1763802001", recipient_id: recipient,
        ...(errorCode ? { errors: [{ code: errorCode, title: ERROR_TITLES[errorCode] ?? "Error" }] } : {}),
      }],
    });
  },
};
