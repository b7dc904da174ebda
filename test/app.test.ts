import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import type { AppDeps } from "../src/deps.js";
import { makeTestDeps } from "./helpers/deps.js";

describe("createApp", () => {
  let deps: AppDeps;
  afterEach(async () => deps?.store.close());

  it("answers /healthz with 200 while the database answers, 503 when it does not", async () => {
    deps = await makeTestDeps();
    const app = createApp(deps);
    const ok = await app.request("/healthz");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true });
    await deps.store.close();
    const down = await app.request("/healthz");
    expect(down.status).toBe(503);
  });

  it("sends security headers with a CSP that allows no inline script", async () => {
    deps = await makeTestDeps();
    const res = await createApp(deps).request("/healthz");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("leaves the page headers off webhook answers, which platforms read as data", async () => {
    deps = await makeTestDeps({ env: { TELEGRAM_BOT_TOKEN: "1:t", TELEGRAM_WEBHOOK_SECRET: "secret-secret-secret" } });
    const app = createApp(deps);
    const hook = await app.request("/webhooks/telegram", { method: "POST", body: "{}" });
    expect(hook.status).toBe(401);
    expect(hook.headers.get("content-security-policy")).toBeNull();
    const page = await app.request("/webhooksx");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("refuses bodies over the size limit with 413", async () => {
    deps = await makeTestDeps();
    const res = await createApp(deps).request("/anything", { method: "POST", body: "x".repeat(300 * 1024), headers: { "content-length": String(300 * 1024) } });
    expect(res.status).toBe(413);
  });
});
