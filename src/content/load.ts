// Loads content from file texts (never from the file system, so the Workers
// build can bundle the texts) into a validated knowledge base plus a list of
// every problem found. A file with problems is left out; the rest still loads.
import type { z } from "zod";
import { parseYaml, splitFrontmatter } from "./frontmatter.js";
import { zodProblems } from "./problems.js";
import {
  ID, LANG, contactsSchema, faqFrontmatter, meetingsSchema, rumourFrontmatter, siteSchema,
  timelineSchema, translationsSchema, updateFrontmatter,
} from "./schemas.js";
import type { ContentFile, ContentProblem, Entry, KnowledgeBase, Update } from "./types.js";

const MARKDOWN_DIRS = ["faq", "rumours", "updates"] as const;
const YAML_FILES = ["site", "timeline", "contacts", "meetings", "translations"] as const;
const RAW_HTML = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/;

export interface LoadResult {
  kb: KnowledgeBase;
  problems: ContentProblem[];
}

type MdDir = (typeof MARKDOWN_DIRS)[number];
interface Classified { kind: "md"; dir: MdDir; id: string; lang: string }
interface ClassifiedYaml { kind: "yaml"; name: (typeof YAML_FILES)[number] }

function classify(path: string, problems: ContentProblem[]): Classified | ClassifiedYaml | null {
  const parts = path.split("/");
  if (parts.length === 1) {
    const m = /^([a-z]+)\.ya?ml$/.exec(path);
    const name = m?.[1] as ClassifiedYaml["name"] | undefined;
    if (name && (YAML_FILES as readonly string[]).includes(name)) return { kind: "yaml", name };
    return null; // README.md and other notes at the top level are not content
  }
  const dir = parts[0] as MdDir;
  if (!(MARKDOWN_DIRS as readonly string[]).includes(dir)) return null;
  if (parts.length > 2) {
    problems.push({ file: path, message: "content files must sit directly in their folder", hint: `move it to ${dir}/${parts.at(-1)}` });
    return null;
  }
  const m = /^(.+)\.([^.]+)\.md$/.exec(parts[1] ?? "");
  if (!m) {
    problems.push({ file: path, message: "file name is not <id>.<lang>.md", hint: `rename it, e.g. ${dir}/closure-date.cs.md` });
    return null;
  }
  const [, id = "", lang = ""] = m;
  if (!ID.test(id)) {
    problems.push({ file: path, key: "id", message: `the id "${id}" in the file name is not valid`, hint: "use lower-case letters and digits joined by single hyphens, e.g. closure-date" });
    return null;
  }
  if (!LANG.test(lang)) {
    problems.push({ file: path, key: "lang", message: `the language "${lang}" in the file name is not a lower-case language code`, hint: "use a code such as cs, en, uk, sk" });
    return null;
  }
  return { kind: "md", dir, id, lang };
}

function parseWith<S extends z.ZodType>(schema: S, file: string, yamlText: string, firstLine: number, problems: ContentProblem[]): z.infer<S> | null {
  const yaml = parseYaml(yamlText, firstLine);
  if (yaml.errors.length) {
    for (const e of yaml.errors) problems.push({ file, line: e.line, message: `broken YAML: ${e.message}`, hint: "check indentation, quotes and colons on this line" });
    return null;
  }
  if (yaml.data === null || typeof yaml.data !== "object" || Array.isArray(yaml.data)) {
    problems.push({ file, line: firstLine, message: "the YAML is not a set of keys", hint: "write key: value lines" });
    return null;
  }
  const parsed = schema.safeParse(yaml.data);
  if (parsed.success) return parsed.data;
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  problems.push(...zodProblems(file, parsed.error, yaml, shape ? Object.keys(shape) : []));
  return null;
}

function checkBody(file: string, body: string, problems: ContentProblem[]): boolean {
  if (!body) {
    problems.push({ file, message: "the body after the frontmatter is empty", hint: "write the answer in plain language below the closing ---" });
    return false;
  }
  if (RAW_HTML.test(body)) {
    problems.push({ file, message: "the body contains raw HTML", hint: "use Markdown only (links as [text](url))" });
    return false;
  }
  return true;
}

export function loadContent(files: ContentFile[]): LoadResult {
  const problems: ContentProblem[] = [];
  const kb: KnowledgeBase = { entries: [], byId: new Map(), site: null, phases: [], contacts: [], meetings: [], updates: [] };
  const seen = new Map<string, string>();
  let machine = new Set<string>();
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));

  // translations.yml first: it marks files loaded below.
  for (const f of sorted) {
    const c = classify(f.path, []);
    if (c?.kind === "yaml" && c.name === "translations") {
      const t = parseWith(translationsSchema, f.path, f.text, 1, problems);
      if (t) machine = new Set(t.machine);
    }
  }

  for (const f of sorted) {
    const c = classify(f.path, problems);
    if (!c) continue;
    if (c.kind === "yaml") {
      loadYaml(c.name, f, kb, problems);
      continue;
    }
    const key = `${c.dir}/${c.id}.${c.lang}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ file: f.path, key: "id", message: `duplicate: ${c.dir}/${c.id} in "${c.lang}" is already defined in ${earlier}`, hint: "keep one file per id and language; merge or rename the other" });
      continue;
    }
    seen.set(key, f.path);
    const split = splitFrontmatter(f.text);
    if (!split) {
      problems.push({ file: f.path, line: 1, message: "no YAML frontmatter", hint: "start the file with a line ---, the keys, and another line ---" });
      continue;
    }
    const common = { lang: c.lang, machineTranslated: machine.has(key), file: f.path };
    if (c.dir === "faq") {
      const fm = parseWith(faqFrontmatter, f.path, split.yaml, split.yamlFirstLine, problems);
      if (!fm || !checkBody(f.path, split.body, problems)) continue;
      addEntry(kb, { id: `faq/${c.id}`, collection: "faq", slug: c.id, title: fm.title, questions: fm.questions, audience: fm.audience, tags: fm.tags, verified: fm.verified, verifiedBy: fm.verified_by, body: split.body, ...common });
    } else if (c.dir === "rumours") {
      const fm = parseWith(rumourFrontmatter, f.path, split.yaml, split.yamlFirstLine, problems);
      if (!fm || !checkBody(f.path, split.body, problems)) continue;
      addEntry(kb, { id: `rumours/${c.id}`, collection: "rumours", slug: c.id, claim: fm.claim, claims: fm.claims, verdict: fm.verdict, audience: fm.audience, tags: fm.tags, verified: fm.verified, verifiedBy: fm.verified_by, body: split.body, ...common });
    } else {
      const fm = parseWith(updateFrontmatter, f.path, split.yaml, split.yamlFirstLine, problems);
      if (!fm || !checkBody(f.path, split.body, problems)) continue;
      const update: Update = { id: c.id, lang: c.lang, title: fm.title, published: fm.published, audience: fm.audience, tags: fm.tags, verifiedBy: fm.verified_by, body: split.body, machineTranslated: common.machineTranslated };
      kb.updates.push(update);
    }
  }
  checkSourceLanguage(kb, problems);
  for (const m of machine) {
    if (!seen.has(m)) problems.push({ file: "translations.yml", key: "machine", message: `lists ${m}, but there is no such file`, hint: "remove the line or add the translation" });
  }
  kb.updates.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  return { kb, problems };
}

function addEntry(kb: KnowledgeBase, e: Entry): void {
  kb.entries.push(e);
  let langs = kb.byId.get(e.id);
  if (!langs) kb.byId.set(e.id, (langs = new Map()));
  langs.set(e.lang, e);
}

/** Czech is the source language: every id needs a cs file (updates too). */
function checkSourceLanguage(kb: KnowledgeBase, problems: ContentProblem[]): void {
  for (const [id, langs] of kb.byId) {
    if (langs.has("cs")) continue;
    const any = [...langs.values()][0]!;
    problems.push({ file: any.file, message: `${id} has no Czech (cs) version`, hint: `add ${id}.cs.md: Czech is the source every translation comes from` });
  }
  const updateIds = new Map<string, Set<string>>();
  for (const u of kb.updates) (updateIds.get(u.id) ?? updateIds.set(u.id, new Set()).get(u.id)!).add(u.lang);
  for (const [id, langs] of updateIds) {
    if (!langs.has("cs")) problems.push({ file: `updates/${id}.${[...langs][0]}.md`, message: `updates/${id} has no Czech (cs) version`, hint: `add updates/${id}.cs.md` });
  }
}

function loadYaml(name: ClassifiedYaml["name"], f: ContentFile, kb: KnowledgeBase, problems: ContentProblem[]): void {
  const dupes = (items: { id: string }[], key: string) => {
    const ids = new Set<string>();
    for (const item of items) {
      if (ids.has(item.id)) problems.push({ file: f.path, key: `${key}.id`, message: `duplicate id "${item.id}"`, hint: "every item needs its own id" });
      ids.add(item.id);
    }
  };
  switch (name) {
    case "site": {
      const s = parseWith(siteSchema, f.path, f.text, 1, problems);
      if (s) kb.site = s;
      return;
    }
    case "timeline": {
      const t = parseWith(timelineSchema, f.path, f.text, 1, problems);
      if (t) { dupes(t.phases, "phases"); kb.phases = t.phases; }
      return;
    }
    case "contacts": {
      const c = parseWith(contactsSchema, f.path, f.text, 1, problems);
      if (c) { dupes(c.contacts, "contacts"); kb.contacts = c.contacts; }
      return;
    }
    case "meetings": {
      const m = parseWith(meetingsSchema, f.path, f.text, 1, problems);
      if (m) { dupes(m.meetings, "meetings"); kb.meetings = m.meetings; }
      return;
    }
    case "translations":
      return; // handled first
  }
}
