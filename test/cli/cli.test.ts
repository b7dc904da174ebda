// The `hlasatel` command end to end, as a separate process, the way other tools use it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const kbDir = fileURLToPath(new URL("../../../shared/fixtures/kb-drahomira", import.meta.url));

function hlasatel(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, "bin/hlasatel.js"), ...args], { input, encoding: "utf8", env: { ...process.env, ...env }, cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("hlasatel match", () => {
  it("writes one JSON line per input line, in order, in the contract's shape", () => {
    const input = [
      { q: "kdy konci ubytovna", lang: "cs" },
      { q: "jaky je kurz eura", lang: "cs" },
      { q: "Чи залишиться мені допомога на житло?", lang: "uk" },
    ].map((x) => JSON.stringify(x)).join("\n");
    const r = hlasatel(["match", "--content", kbDir], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual(["id", "decision", "score", "suggestions"]);
    expect(lines[0]).toMatchObject({ id: "faq/closure-date", decision: "answer" });
    expect(lines[1]).toMatchObject({ id: null, decision: "forward" });
    expect(lines[2]).toMatchObject({ id: "faq/housing-benefits" });
    for (const l of lines) expect(l.suggestions.length).toBeLessThanOrEqual(3);
  });

  it("answers a bad line with forward, says why on stderr and exits 1", () => {
    const r = hlasatel(["match", "--content", kbDir], '{"q": "kdy konci ubytovna"}\nnot json\n{"lang":"cs"}\n');
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.decision)).toEqual(["answer", "forward", "forward"]);
    expect(r.stderr).toContain("line 2");
    expect(r.code).toBe(1);
  });
});

describe("hlasatel content check", () => {
  it("passes the fixture knowledge base and the project's own content", () => {
    const r = hlasatel(["content", "check", "--content", kbDir]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^OK: .*40 FAQ, 13 rumours \(cs 53, en 7, uk 3\)/);
    const own = hlasatel(["content", "check"]);
    expect(own.stderr).toBe("");
    expect(own.code).toBe(0);
  });

  it("lists every problem with file, line and key and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "hlasatel-content-"));
    mkdirSync(join(dir, "faq"));
    writeFileSync(join(dir, "faq/a.cs.md"), '---\ntitle: "A"\nverified: 2026-13-01\nverified_by: "O"\nfoo: 1\n---\nB\n');
    writeFileSync(join(dir, "faq/b.en.md"), '---\ntitle: "B"\nverified: 2026-01-01\nverified_by: "O"\n---\nB\n');
    const r = hlasatel(["content", "check", "--content", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("faq/a.cs.md:3 [verified]");
    expect(r.stderr).toContain('faq/a.cs.md:5 [foo]: unknown key "foo"');
    expect(r.stderr).toContain("faq/b has no Czech (cs) version");
    expect(r.stderr).toMatch(/3 problem\(s\) found/);
  });

  it("reads CONTENT_DIR and reports a missing directory clearly", () => {
    const r = hlasatel(["content", "check"], undefined, { CONTENT_DIR: "/nonexistent/x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot read the content directory /nonexistent/x");
  });
});

describe("hlasatel ask", () => {
  it("prints the answer with its verified line", () => {
    // The entry's own wording, typed without diacritics: the CLI is under test here, not the thresholds.
    const r = hlasatel(["ask", "kdy se budu stehovat ja a moje rodina", "--content", kbDir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ověřeno 1. listopadu 2026, Odbor sociálních věcí");
  });
  it("shows the Czech version with a note when the translation is missing", () => {
    const r = hlasatel(["ask", "what does the KMB do", "--lang", "en", "--content", kbDir]);
    expect(r.stdout).toMatch(/not translated yet|Do you mean/);
  });
  it("says it would forward what it cannot answer", () => {
    const r = hlasatel(["ask", "mate recept na bramboraky", "--content", kbDir]);
    expect(r.stdout).toContain("anonymně předat");
  });
  it("explains usage errors", () => {
    expect(hlasatel(["ask"]).code).toBe(2);
    expect(hlasatel(["frobnicate"]).stderr).toContain('unknown verb "frobnicate"');
  });
});
