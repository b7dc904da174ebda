// `hlasatel user add|list|disable` end to end: a real process, a real
// database file in a temp dir, then the password works on the login form.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { verifyPassword } from "../../src/staff/password.js";
import { openNodeStore } from "../../src/store/open-node.js";
import { makeTestDeps, projectRoot } from "../helpers/deps.js";

let dir: string;
let db: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "hlasatel-user-"));
  db = join(dir, "h.db");
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

function hlasatel(args: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, "bin/hlasatel.js"), ...args], {
      cwd: dir, env: { PATH: process.env.PATH, DATABASE_PATH: db, SESSION_SECRET: "x".repeat(32) },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("hlasatel user", () => {
  it("adds a user with a generated password and a Telegram link code, lists and disables", async () => {
    const add = await hlasatel(["user", "add", "--email", "Garant@Mesto.cz", "--role", "garant"]);
    expect(add.stderr).toBe("");
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^added: garant@mesto\.cz \(garant\)$/m);
    const password = /^password \(shown once\): (\S{20})$/m.exec(add.stdout)?.[1];
    const code = /\/link ([a-z2-7]{8})$/m.exec(add.stdout)?.[1];
    expect(password).toBeDefined();
    expect(code).toBeDefined();

    const withStdin = await hlasatel(["user", "add", "--email", "mluvci@mesto.cz", "--role", "editor", "--password-stdin"], "moje-dlouhe-heslo-2026\n");
    expect(withStdin.code).toBe(0);
    expect(withStdin.stdout).not.toContain("password (shown once)");

    expect((await hlasatel(["user", "add", "--email", "garant@mesto.cz", "--role", "admin"])).code).toBe(1);
    expect((await hlasatel(["user", "add", "--email", "x@mesto.cz", "--role", "boss"])).code).toBe(2);
    expect((await hlasatel(["user", "add", "--email", "y@mesto.cz", "--role", "editor", "--password-stdin"], "short\n")).code).toBe(1);

    const list = await hlasatel(["user", "list"]);
    expect(list.stdout).toBe("garant@mesto.cz\tgarant\nmluvci@mesto.cz\teditor\n");

    // The stored hash is PBKDF2 with 600,000 iterations and the printed password opens the console.
    const { store } = await openNodeStore(db);
    const garant = (await store.staff.findByEmail("garant@mesto.cz"))!;
    const hash = (await store.staff.passwordHashFor(garant.id))!;
    expect(hash).toMatch(/^pbkdf2-sha256\$600000\$/);
    expect(await verifyPassword(password!, hash)).toBe(true);
    expect(await verifyPassword("moje-dlouhe-heslo-2026", (await store.staff.passwordHashFor((await store.staff.findByEmail("mluvci@mesto.cz"))!.id))!)).toBe(true);
    expect(await store.staff.consumeLinkCode(code!, "tg-ref")).toMatchObject({ email: "garant@mesto.cz" });
    expect((await store.audit.list({ action: "user.add" })).length).toBe(2);
    await store.close();

    const deps = await makeTestDeps({ databasePath: db });
    const res = await createApp(deps).request("http://localhost/staff/login", {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "garant@mesto.cz", password: password! }).toString(),
    });
    expect(res.status).toBe(303);
    await deps.store.close();

    const off = await hlasatel(["user", "disable", "--email", "garant@mesto.cz"]);
    expect(off.code).toBe(0);
    expect((await hlasatel(["user", "list"])).stdout).toContain("garant@mesto.cz\tgarant\tdisabled\ttelegram");
  }, 60_000);
});
