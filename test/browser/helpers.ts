// Shared by the browser tests: headless Debian Chromium through playwright-core,
// and the real app on a real loopback server (port 0), with axe-core injected
// from node_modules (no network).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../src/app.js";
import type { AppDeps } from "../../src/deps.js";

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface TestServer {
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

/** createApp(deps) behind @hono/node-server on 127.0.0.1, a free port. */
export async function startTestServer(deps: AppDeps): Promise<TestServer> {
  const app = createApp(deps);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let axeSource: string | null = null;

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown; html: string }> }

/**
 * Runs axe-core on the page as loaded (all rules axe runs by default:
 * WCAG 2.x A/AA and best practices) and returns the violations.
 * The script is added through CDP-free evaluate, so the page's CSP does not block it.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
}

/** A readable summary for a failed assertion. */
export function describeViolations(url: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${url}: ${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.html).join("\n  ")}`).join("\n");
}
