// The knowledge base as the rest of the program sees it: parsed, validated,
// with ids in their full form (`faq/<id>`, `rumours/<id>`).
import type { Contact, Meeting, Phase, Site } from "./schemas.js";

export type Audience = "residents" | "neighbours" | "public";
export type Verdict = "false" | "misleading" | "true" | "unconfirmed";

interface EntryBase {
  /** Full id, e.g. `faq/closure-date`; the same for every language of the entry. */
  id: string;
  collection: "faq" | "rumours";
  /** The id without the collection, e.g. `closure-date`. */
  slug: string;
  lang: string;
  audience: Audience[];
  tags: string[];
  verified: string;
  verifiedBy: string;
  /** Markdown body: the answer, or the explanation of a rumour's verdict. */
  body: string;
  /** True for a machine-made translation not yet checked by a person. */
  machineTranslated: boolean;
  /** The file it came from, relative to the content directory. */
  file: string;
}

export interface FaqEntry extends EntryBase {
  collection: "faq";
  title: string;
  questions: string[];
}

export interface RumourEntry extends EntryBase {
  collection: "rumours";
  claim: string;
  claims: string[];
  verdict: Verdict;
}

export type Entry = FaqEntry | RumourEntry;

export interface Update {
  id: string;
  lang: string;
  title: string;
  published: string;
  audience: Audience[];
  tags: string[];
  verifiedBy: string;
  body: string;
  machineTranslated: boolean;
}

export interface KnowledgeBase {
  /** Every entry in every language. */
  entries: Entry[];
  /** Full id -> language -> entry. */
  byId: Map<string, Map<string, Entry>>;
  site: Site | null;
  phases: Phase[];
  contacts: Contact[];
  meetings: Meeting[];
  updates: Update[];
}

/** One problem found while loading content; everything needed to fix it. */
export interface ContentProblem {
  file: string;
  line?: number;
  key?: string;
  message: string;
  hint: string;
}

/** A content file handed to the loader: a path relative to the content dir, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}
