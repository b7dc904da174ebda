// The Node entry's HttpClient against a real loopback server: the same
// answers a fetch Response gives for what the channel API callers read.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHttpClient } from "../../src/entry/node-http-client.js";
import { fetchHttpClient, type HttpClient } from "../../src/http/client.js";

let server: Server;
let base = "";
const seen: { method: string; url: string; headers: Record<string, unknown>; body: string }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (req.url === "/json") { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ echo: JSON.parse(body || "null"), ž: "ř" })); }
      else if (req.url === "/limited") { res.writeHead(429, { "retry-after": "7", "x-ratelimit-remaining": "0", "set-cookie": ["a=1", "b=2"] }); res.end("{\"retry_after\":7}"); }
      else if (req.url === "/empty") { res.writeHead(204); res.end(); }
      else if (req.url === "/html") { res.writeHead(502, { "content-type": "text/html" }); res.end("<h1>Bad gateway</h1>"); }
      else if (req.url === "/big") { res.writeHead(200); res.end(Buffer.alloc(5 * 1024 * 1024, 97)); }
      else if (req.url === "/silent") { /* never answers */ }
      else { res.writeHead(404); res.end(); }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const node = createNodeHttpClient();
afterAll(() => node.close());
const clients: [string, HttpClient][] = [["node:http", node.request], ["fetch", fetchHttpClient]];

describe.each(clients)("%s client", (_name, http) => {
  it("posts the body with its headers and reads JSON (UTF-8 both ways)", async () => {
    const res = await http(`${base}/json`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer x" }, body: JSON.stringify({ text: "Kdy se stěhujeme? Коли?" }), timeoutMs: 2000 });
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(await res.json()).toEqual({ echo: { text: "Kdy se stěhujeme? Коли?" }, ž: "ř" });
    const last = seen.at(-1)!;
    expect(last.method).toBe("POST");
    expect(last.headers.authorization).toBe("Bearer x");
    expect(Number(last.headers["content-length"])).toBe(Buffer.byteLength(last.body));
  });

  it("gives non-2xx answers with their headers instead of throwing", async () => {
    const limited = await http(`${base}/limited`, { method: "GET", headers: {}, timeoutMs: 2000 });
    expect(limited.status).toBe(429);
    expect(limited.ok).toBe(false);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(limited.headers.get("x-missing")).toBeNull();
    expect(await limited.json()).toEqual({ retry_after: 7 });
    const html = await http(`${base}/html`, { method: "GET", headers: {}, timeoutMs: 2000 });
    expect(html.status).toBe(502);
    await expect(html.json()).rejects.toThrow();
    const empty = await http(`${base}/empty`, { method: "PATCH", headers: {}, body: "{}", timeoutMs: 2000 });
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe("");
  });

  it("rejects when the peer stays silent past the timeout, or is not there", async () => {
    await expect(http(`${base}/silent`, { method: "GET", headers: {}, timeoutMs: 150 })).rejects.toThrow();
    await expect(http("http://127.0.0.1:1/x", { method: "GET", headers: {}, timeoutMs: 1000 })).rejects.toThrow();
  });
});

describe("node:http client", () => {
  it("refuses a response over 4 MiB and other protocols", async () => {
    await expect(node.request(`${base}/big`, { method: "GET", headers: {}, timeoutMs: 5000 })).rejects.toThrow(/too large/);
    await expect(node.request("ftp://127.0.0.1/x", { method: "GET", headers: {}, timeoutMs: 1000 })).rejects.toThrow(/protocol/);
  });

  it("reuses one keep-alive connection for calls in a row", async () => {
    const ports = new Set<number>();
    const onConn = (s: import("node:net").Socket) => ports.add(s.remotePort!);
    server.on("connection", onConn);
    for (let i = 0; i < 5; i++) await (await node.request(`${base}/json`, { method: "POST", headers: {}, body: "1", timeoutMs: 2000 })).json();
    server.off("connection", onConn);
    expect(ports.size).toBeLessThanOrEqual(1);
  });
});
