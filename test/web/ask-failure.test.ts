// When redaction or storing fails, the person keeps what they typed and gets
// a kind message; nothing half-done is stored.
import { afterEach, beforeEach, expect, it, vi } from "vitest";

vi.mock("../../src/privacy/redact.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/privacy/redact.js")>();
  return {
    ...real,
    redactPersonalData: (text: string) => {
      if (text.includes("BOOM")) throw new Error("detector fault");
      return real.redactPersonalData(text);
    },
  };
});

const { createApp } = await import("../../src/app.js");
const { makeTestDeps } = await import("../helpers/deps.js");
const { browser, csrfOf, formFields, textareaOf } = await import("./ask-client.js");

let deps: Awaited<ReturnType<typeof makeTestDeps>>;
beforeEach(async () => {
  deps = await makeTestDeps();
});
afterEach(async () => deps.store.close());

it("a redaction fault at the preview re-shows the form with the text", async () => {
  const client = browser(createApp(deps));
  const csrf = csrfOf(await (await client.get("/ask")).text());
  const res = await client.post("/ask", { csrf, text: "Dlouhá otázka BOOM, kterou nechci ztratit", step: "preview" });
  expect(res.status).toBe(503);
  const html = await res.text();
  expect(textareaOf(html)).toBe("Dlouhá otázka BOOM, kterou nechci ztratit");
  expect(html).toContain("Váš text zůstal zachovaný");
});

it("a fault while storing re-shows the preview with the same signed text; nothing stored", async () => {
  const client = browser(createApp(deps));
  const csrf = csrfOf(await (await client.get("/ask")).text());
  const preview = await (await client.post("/ask", { csrf, text: "Otázka, která se uloží až podruhé", step: "preview" })).text();
  const fields = formFields(preview, "/ask/confirm");
  const realCreate = deps.store.questions.create;
  deps.store.questions.create = async () => {
    throw new Error("disk full");
  };
  const res = await client.post("/ask/confirm", fields);
  expect(res.status).toBe(503);
  const html = await res.text();
  expect(html).toContain("Něco se pokazilo");
  expect(formFields(html, "/ask/confirm").redacted).toBe(fields.redacted);
  expect(await deps.store.driver.all("SELECT id FROM questions")).toEqual([]);
  deps.store.questions.create = realCreate;
  expect((await client.post("/ask/confirm", formFields(html, "/ask/confirm"))).status).toBe(200);
});
