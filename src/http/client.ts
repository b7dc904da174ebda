// The outbound HTTP calls the chat channels make (Graph API, Discord REST):
// one small interface so each runtime can bring its cheapest client. On
// Workers (and by default) it is the platform's fetch; the Node entry passes
// a node:http client with keep-alive sockets, which costs a quarter of
// Node's fetch per call (fetch builds web streams, Request/Response objects
// and an AbortSignal timer for every call: ~0.6-1.2 ms CPU against ~0.27 ms).
export interface HttpRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Give up (and reject) when the peer is silent this long. */
  timeoutMs: number;
}

/** The part of a fetch Response the callers read; a real Response fits it. */
export interface HttpResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/** Resolves with the response of any status; rejects when no response came (network error, timeout). */
export type HttpClient = (url: string, request: HttpRequest) => Promise<HttpResponse>;

export const fetchHttpClient: HttpClient = (url, r) =>
  fetch(url, { method: r.method, headers: r.headers, body: r.body, signal: AbortSignal.timeout(r.timeoutMs) });
