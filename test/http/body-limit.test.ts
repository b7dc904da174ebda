// The size limit over a real @hono/node-server socket, where Content-Length
// and chunked bodies arrive as clients send them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "node:http";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { bodyLimit } from "../../src/http/body-limit.js";

const MAX = 1000;
let server: ServerType;
let port = 0;

function post(body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    if (headers["transfer-encoding"] === "chunked") {
      // Several chunks, as a streaming client sends them.
      for (let i = 0; i < body.length; i += 300) req.write(body.slice(i, i + 300));
    } else req.write(body);
    req.end();
  });
}

beforeAll(async () => {
  const app = new Hono();
  app.use(bodyLimit({ maxSize: MAX, onError: (c) => c.text("too large", 413) }));
  app.post("/", async (c) => c.text(`got ${(await c.req.text()).length}`));
  app.get("/", (c) => c.text("page"));
  server = await new Promise<ServerType>((r) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => r(s));
  });
  const address = server.address();
  port = typeof address === "object" && address ? address.port : 0;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("bodyLimit", () => {
  it("passes a body within the limit, announced by Content-Length, whole to the handler", async () => {
    const body = "a".repeat(MAX);
    expect(await post(body, { "content-length": String(MAX) })).toEqual({ status: 200, text: `got ${MAX}` });
  });

  it("refuses an announced length over the limit with the caller's error", async () => {
    expect(await post("a".repeat(MAX + 1), { "content-length": String(MAX + 1) })).toEqual({ status: 413, text: "too large" });
  });

  it("counts a chunked body: within the limit passes, over it is refused", async () => {
    expect(await post("b".repeat(900), { "transfer-encoding": "chunked" })).toEqual({ status: 200, text: "got 900" });
    expect((await post("b".repeat(MAX * 3), { "transfer-encoding": "chunked" })).status).toBe(413);
  });

  it("refuses a Content-Length that is not a plain number", async () => {
    const app = new Hono().use(bodyLimit({ maxSize: MAX, onError: (c) => c.text("too large", 413) })).post("/", (c) => c.text("ok"));
    const res = await app.request("/", { method: "POST", body: "x", headers: { "content-length": "1e2" } });
    expect(res.status).toBe(413);
  });

  it("lets GET through without reading a body", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(await res.text()).toBe("page");
  });
});
