// Test helpers for the website: a tiny content directory in a temp folder, with hostile titles (escaping),
// a dated meeting (iCal), bot links (leaflet QR codes) and one update.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppDeps } from "../../src/deps.js";

export const EVIL = `<script>alert("x")</script>`;

export function writeTinyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), "hlasatel-web-"));
  for (const sub of ["faq", "rumours", "updates"]) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, "faq", "evil.cs.md"), `---
title: 'Kdy se stěhujeme ${EVIL}?'
questions: ["kdy se stěhujeme"]
tags: ["termíny"]
verified: 2026-11-01
verified_by: "Odbor <b>sociálních</b> věcí"
---
Odpověď a [odkazem](javascript:alert(1)) a [webem](https://example.cz).
`);
  writeFileSync(join(dir, "faq", "pets.cs.md"), `---
title: "Můžu si vzít psa?"
questions: ["můžu si vzít psa do nového bytu"]
tags: ["zvířata"]
verified: 2026-11-02
verified_by: "Odbor majetku"
---
Ano, domácí zvíře si můžete vzít s sebou.
`);
  writeFileSync(join(dir, "rumours", "evil.cs.md"), `---
claim: 'Ubytovnu zbourají </script><script>alert(1)</script>'
verdict: false
verified: 2026-11-03
verified_by: "Odbor majetku"
---
Nepravda, budova se zrekonstruuje.
`);
  writeFileSync(join(dir, "updates", "first.cs.md"), `---
title: 'První zpráva ${EVIL}'
published: 2026-11-10
verified_by: "Tiskový mluvčí"
---
Text zprávy.
`);
  writeFileSync(join(dir, "meetings.yml"), `meetings:
  - id: evening
    title:
      cs: "Večerní setkání"
      en: "Evening meeting"
    starts: "2026-12-03T17:00"
    duration_minutes: 90
    place: "Kollárova 13"
    verified: 2026-11-15
    verified_by: "Odbor sociálních věcí"
  - id: later
    title:
      cs: "Setkání bez termínu"
    place: "Bude upřesněno"
    verified: 2026-11-15
    verified_by: "Odbor sociálních věcí"
`);
  writeFileSync(join(dir, "site.yml"), `city: "Karlovy Vary"
building: { name: "Ubytovna Test", address: "Kollárova 13" }
garant: { office: { cs: "Garant města" } }
press: { office: { cs: "Tiskový mluvčí" } }
channels:
  telegram: "https://t.me/hlasatel_test_bot"
  whatsapp: "https://wa.me/420123456789"
  discord: null
languages: [cs, en, uk]
`);
  return dir;
}

/** A question the engine decides `decision` for: FAQ titles and shortened titles, tried in order. */
export function findQuery(d: AppDeps, decision: "answer" | "suggest", lang: string): string {
  const { kb, engine } = d.knowledge.current();
  const titles = kb.entries.filter((e) => e.collection === "faq").map((e) => (e.collection === "faq" ? e.title : ""));
  const candidates = [...titles, ...titles.map((t) => t.split(" ").slice(0, 3).join(" ")), ...titles.map((t) => t.split(" ").slice(-2).join(" "))];
  const q = candidates.find((c) => engine.match(c, lang).decision === decision);
  if (!q) throw new Error(`no question gets "${decision}" from the engine`);
  return q;
}
