// The HttpClient of the Node entry (src/http/client.ts): node:http and
// node:https with keep-alive agents, the body read as text with a size cap.
import http from "node:http";
import https from "node:https";
import type { HttpClient, HttpResponse } from "../http/client.js";

/** Platform API answers are small JSON documents; anything bigger is refused. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

export interface NodeHttpClient {
  request: HttpClient;
  /** Closes the idle keep-alive sockets (at shutdown). */
  close(): void;
}

export function createNodeHttpClient(maxSockets = 64): NodeHttpClient {
  const transports: Record<string, { lib: typeof http | typeof https; agent: http.Agent }> = {
    "http:": { lib: http, agent: new http.Agent({ keepAlive: true, maxSockets }) },
    "https:": { lib: https, agent: new https.Agent({ keepAlive: true, maxSockets }) },
  };
  const request: HttpClient = (url, r) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const target = new URL(url);
      const transport = transports[target.protocol];
      if (!transport) return reject(new Error(`unsupported protocol ${target.protocol}`));
      const { lib, agent } = transport;
      const body = r.body === undefined ? undefined : Buffer.from(r.body, "utf8");
      const headers = body ? { ...r.headers, "content-length": String(body.length) } : r.headers;
      const req = lib.request(target, { method: r.method, headers, agent, timeout: r.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) req.destroy(new Error("response too large"));
          else chunks.push(chunk);
        });
        res.on("end", () => resolve(response(res.statusCode ?? 0, res.headers, Buffer.concat(chunks).toString("utf8"))));
        res.on("error", reject);
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", reject);
      req.end(body);
    });
  return {
    request,
    close() {
      for (const { agent } of Object.values(transports)) agent.destroy();
    },
  };
}

function response(status: number, headers: http.IncomingHttpHeaders, text: string): HttpResponse {
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: {
      get(name) {
        const v = headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
      },
    },
    text: () => Promise.resolve(text),
    json: () => new Promise((ok) => ok(JSON.parse(text) as unknown)),
  };
}
