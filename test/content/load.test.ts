import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.js";
import { formatProblem } from "../../src/content/problems.js";

const faq = (extra = "", body = "Odpověď.") =>
  `---\ntitle: "Kdy?"\nverified: 2026-11-01\nverified_by: "Odbor"\n${extra}---\n${body}\n`;

function problems(files: Record<string, string>) {
  return loadContent(Object.entries(files).map(([path, text]) => ({ path, text }))).problems;
}

describe("content loader", () => {
  it("loads a valid FAQ and rumour with defaults", () => {
    const { kb, problems: p } = loadContent([
      { path: "faq/closure-date.cs.md", text: faq('questions: ["Kdy končí ubytovna?"]\n') },
      { path: "faq/closure-date.en.md", text: faq() },
      { path: "rumours/demolition.cs.md", text: "---\nclaim: \"Zbourají to\"\nverdict: false\nverified: 2026-11-01\nverified_by: \"Odbor\"\n---\nNení to pravda.\n" },
    ]);
    expect(p).toEqual([]);
    const e = kb.byId.get("faq/closure-date")!.get("cs")!;
    expect(e).toMatchObject({ id: "faq/closure-date", title: "Kdy?", audience: ["public"], questions: ["Kdy končí ubytovna?"], verified: "2026-11-01" });
    const r = kb.byId.get("rumours/demolition")!.get("cs")!;
    expect(r.collection === "rumours" && r.verdict).toBe("false");
  });

  it("reports a missing Czech file", () => {
    const p = problems({ "faq/only-english.en.md": faq() });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: "faq/only-english.en.md" });
    expect(p[0]!.message).toContain("no Czech (cs) version");
    expect(p[0]!.hint).toContain("faq/only-english.cs.md");
  });

  it("reports a bad date with its line", () => {
    const p = problems({ "faq/x.cs.md": faq().replace("2026-11-01", "2026-02-30") });
    expect(p).toEqual([expect.objectContaining({ file: "faq/x.cs.md", line: 3, key: "verified" })]);
    expect(formatProblem(p[0]!)).toMatch(/^faq\/x\.cs\.md:3 \[verified\]: .*calendar date/);
    const q = problems({ "faq/x.cs.md": faq().replace("2026-11-01", "1. 11. 2026") });
    expect(q[0]!.message).toContain("YYYY-MM-DD");
  });

  it("reports an unknown key with its line and the allowed keys", () => {
    const p = problems({ "faq/x.cs.md": faq("autor: \"Jana\"\n") });
    expect(p).toEqual([expect.objectContaining({ file: "faq/x.cs.md", line: 5, key: "autor", message: 'unknown key "autor"' })]);
    expect(p[0]!.hint).toContain("verified_by");
  });

  it("reports a wrong verdict and names the allowed ones", () => {
    const p = problems({ "rumours/x.cs.md": "---\nclaim: \"A\"\nverdict: maybe\nverified: 2026-11-01\nverified_by: \"O\"\n---\nB\n" });
    expect(p).toEqual([expect.objectContaining({ line: 3, key: "verdict" })]);
    expect(p[0]!.hint).toContain("false, misleading, true, unconfirmed");
  });

  it("reports a duplicate id and keeps the first", () => {
    const { kb, problems: p } = loadContent([
      { path: "faq/x.cs.md", text: faq() },
      { path: "faq/x.cs.md", text: faq() },
    ]);
    expect(p).toEqual([expect.objectContaining({ key: "id", message: expect.stringContaining("duplicate") })]);
    expect(kb.entries).toHaveLength(1);
  });

  it("reports duplicate ids inside YAML collections", () => {
    const item = "  - id: osv\n    organisation: \"Magistrát\"\n    role: { cs: \"Sociální odbor\" }\n    verified: 2026-11-01\n    verified_by: \"O\"\n";
    const p = problems({ "contacts.yml": `contacts:\n${item}${item}` });
    expect(p).toEqual([expect.objectContaining({ file: "contacts.yml", message: 'duplicate id "osv"' })]);
  });

  it("reports a file name that does not make a valid id", () => {
    for (const name of ["faq/Closure_Date.cs.md", "faq/closure--date.cs.md", "faq/-x.cs.md"]) {
      const p = problems({ [name]: faq() });
      expect(p[0], name).toMatchObject({ file: name, key: "id" });
    }
    expect(problems({ "faq/x.CS.md": faq() })[0]).toMatchObject({ key: "lang" });
    expect(problems({ "faq/closure.md": faq() })[0]!.message).toContain("<id>.<lang>.md");
  });

  it("reports broken YAML with its line", () => {
    const p = problems({ "faq/x.cs.md": "---\ntitle: \"Kdy?\nverified: 2026-11-01\n---\nA\n" });
    expect(p[0]!.message).toMatch(/^broken YAML/);
    expect(p[0]!.line).toBeGreaterThanOrEqual(2);
    expect(problems({ "faq/y.cs.md": "title: x\n\nA" })[0]!.message).toContain("no YAML frontmatter");
  });

  it("reports missing required keys, empty bodies and raw HTML", () => {
    const p = problems({ "faq/x.cs.md": "---\ntitle: \"A\"\n---\nB\n" });
    expect(p.map((x) => x.message)).toEqual(['required key "verified" is missing', 'required key "verified_by" is missing']);
    expect(problems({ "faq/x.cs.md": faq("", "") })[0]!.message).toContain("empty");
    expect(problems({ "faq/x.cs.md": faq("", "Ahoj <script>alert(1)</script>") })[0]!.message).toContain("raw HTML");
  });

  it("marks machine translations listed in translations.yml and checks the list", () => {
    const { kb, problems: p } = loadContent([
      { path: "faq/x.cs.md", text: faq() },
      { path: "faq/x.en.md", text: faq() },
      { path: "translations.yml", text: "machine:\n  - faq/x.en\n  - faq/missing.uk\n" },
    ]);
    expect(kb.byId.get("faq/x")!.get("en")!.machineTranslated).toBe(true);
    expect(kb.byId.get("faq/x")!.get("cs")!.machineTranslated).toBe(false);
    expect(p).toEqual([expect.objectContaining({ file: "translations.yml", message: expect.stringContaining("faq/missing.uk") })]);
  });

  it("loads timeline, contacts, meetings and site with unknown dates as null", () => {
    const { kb, problems: p } = loadContent([
      { path: "timeline.yml", text: "phases:\n  - id: mapping\n    title: { cs: Mapování }\n    summary: { cs: Zjišťujeme potřeby. }\n    status: current\n    start: 2026-01\n    end: null\n    verified: 2026-11-01\n    verified_by: O\n" },
      { path: "meetings.yml", text: "meetings:\n  - id: m1\n    title: { cs: Setkání }\n    place: Drahomíra\n    verified: 2026-11-01\n    verified_by: O\n" },
      { path: "site.yml", text: "city: Karlovy Vary\nbuilding: { name: Drahomíra, address: Kollárova 539/13 }\ngarant: { office: { cs: Odbor } }\npress: { office: { cs: Tiskové } }\n" },
    ]);
    expect(p).toEqual([]);
    expect(kb.phases[0]).toMatchObject({ id: "mapping", status: "current", start: "2026-01", end: null });
    expect(kb.meetings[0]).toMatchObject({ starts: null, audience: ["public"], languages: ["cs"] });
    expect(kb.site?.channels.telegram).toBeNull();
    const bad = problems({ "timeline.yml": "phases:\n  - id: x\n    title: { en: Mapping }\n    summary: { cs: S }\n    status: soon\n    verified: 2026-11-01\n    verified_by: O\n" });
    expect(bad.map((b) => b.key)).toEqual(["phases.0.title", "phases.0.status"]);
  });

  it("works with a directory that holds only faq/ and rumours/", () => {
    const { kb, problems: p } = loadContent([{ path: "faq/x.cs.md", text: faq() }]);
    expect(p).toEqual([]);
    expect(kb).toMatchObject({ site: null, phases: [], contacts: [], meetings: [], updates: [] });
  });
});
