// The authorisation matrix: every protected console route × anonymous,
// editor, garant, admin, generated from the one route table the console
// registers, plus a check that the console has no route outside the table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffConsole, staffRoutes } from "../../src/staff/console.js";
import type { StaffRole } from "../../src/store/index.js";
import { addStaff, call, signIn, staffDeps } from "./helpers.js";

const PUBLIC = ["GET /login", "POST /login", "GET /static/staff.css", "GET /static/staff.js"];
const ROLES: StaffRole[] = ["editor", "garant", "admin"];
const faqText = (title: string) => `---\ntitle: "${title}"\nverified: 2026-11-22\nverified_by: "Odbor"\n---\nOdpověď.\n`;

for (const fourEyes of ["on", "off"]) {
  describe(`authorisation matrix (REQUIRE_SECOND_APPROVAL=${fourEyes})`, async () => {
    const { deps, app } = await staffDeps({ env: { REQUIRE_SECOND_APPROVAL: fourEyes } });
    const users = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await addStaff(deps, r)] as const)));
    const faqId = [...deps.knowledge.current().kb.byId.keys()].find((id) => id.startsWith("faq/"))!;
    const compose = { title_cs: "Novinka", body_cs: "Text", audience: ["residents"], channel: ["web"] };
    const forms: Record<string, Record<string, string | string[]>> = {
      "/staff/logout": {},
      "/staff/inbox/:id/answer": { text: "Odpověď" },
      "/staff/inbox/:id/answer-faq": { faqId },
      "/staff/inbox/:id/note": { text: "Poznámka" },
      "/staff/inbox/:id/assign": { staffId: "" },
      "/staff/inbox/:id/theme": { theme: "byty" },
      "/staff/inbox/:id/close": {},
      "/staff/inbox/:id/faq-draft": { title: "Otázka", body: "Odpověď" },
      "/staff/updates": compose,
      "/staff/updates/:id/edit": compose,
      "/staff/updates/:id/delete": {},
      "/staff/updates/:id/publish": {},
      "/staff/users": { email: `new-${Math.random().toString(36).slice(2)}@example.cz`, role: "editor" },
      "/staff/users/:id/disable": {},
      "/staff/users/:id/enable": {},
      "/staff/content/new": { collection: "faq", id: "authz-entry", lang: "cs", title: "Otázka?", verified: "2026-11-22", verified_by: "Odbor", body: "Odpověď." },
      "/staff/content/f/:key": { text: faqText("Upraveno") },
      "/staff/content/f/:key/r/:rev/publish": {},
      "/staff/content/f/:key/r/:rev/reject": {},
    };
    afterAll(async () => deps.store.close());

    // Fresh objects for every request, so one call cannot spoil the next
    // (a draft the editor wrote: editable by them, publishable by others).
    async function concrete(path: string): Promise<string> {
      let out = path;
      if (path.startsWith("/staff/inbox/:id")) {
        const { id } = await deps.store.questions.create({ channel: "web", lang: "cs", textRedacted: "Kdy?" });
        out = path.replace(":id", id);
      } else if (path.startsWith("/staff/updates/:id")) {
        const u = await deps.store.updates.create({ title: "T", body: "B", langs: ["cs"], createdBy: users.editor!.id });
        out = path.replace(":id", u.id);
      } else if (path.startsWith("/staff/content/f/:key")) {
        // A fresh valid draft by the editor in a file of its own.
        const file = `faq/authz-${Math.random().toString(36).slice(2)}.cs.md`;
        const rev = await deps.store.contentItems.saveDraft({ path: file, text: faqText("Koncept"), createdBy: users.editor!.id });
        out = path.replace(":key", file.replace("/", "~")).replace(":rev", String(rev));
      } else if (path.startsWith("/staff/users/:id")) {
        const victim = await addStaff(deps, "editor", `v-${Math.random().toString(36).slice(2)}@example.cz`);
        out = path.replace(":id", victim.id);
      }
      return out;
    }

    it("has a form for every POST route and no console route outside the table", () => {
      const table = staffRoutes(deps);
      for (const r of table.filter((x) => x.method === "POST")) expect(forms, r.path).toHaveProperty([r.path]);
      const registered = createStaffConsole(deps).routes
        .filter((r) => r.method !== "ALL")
        .map((r) => `${r.method} ${r.path}`);
      const known = new Set([...PUBLIC, ...table.map((r) => `${r.method} ${r.path.replace(/^\/staff/, "") || "/"}`)]);
      expect(registered.filter((r) => !known.has(r))).toEqual([]);
    });

    for (const route of staffRoutes(deps)) {
      const allowed = route.roles(deps.config);
      it(`${route.method} ${route.path}: anonymous → login, ${ROLES.map((r) => `${r} ${allowed.includes(r) ? "ok" : "403"}`).join(", ")}`, async () => {
        const form = route.method === "POST" ? forms[route.path] ?? {} : undefined;
        const anon = await call(app, await concrete(route.path), { method: route.method, form });
        if (route.method === "GET") {
          expect(anon.status).toBe(302);
          expect(anon.headers.get("location")).toMatch(/^\/staff\/login\?next=/);
        } else {
          expect(anon.status).toBe(401);
        }
        for (const role of ROLES) {
          const session = await signIn(deps, users[role]!);
          const res = await call(app, await concrete(route.path), { method: route.method, form, session });
          if (allowed.includes(role)) {
            expect([200, 302, 303], `${role} ${route.path}`).toContain(res.status);
          } else {
            expect(res.status, `${role} ${route.path}`).toBe(403);
          }
        }
      });
    }
  });
}
