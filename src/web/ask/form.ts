// The question form's fields and their validation. Everything a browser sends
// is parsed here by zod; a bad value in an optional field (a select tampered
// with) reads as "not chosen", while the text itself gets errors that the
// form shows beside what was typed.
import { z } from "zod";
import type { QuestionAudience } from "../../store/index.js";

export const TEXT_MIN = 5;
export const TEXT_MAX = 2000;

/** Who is asking, as the form offers it, and how the store records it. */
export const ASKERS = { resident: "residents", neighbour: "neighbours", other: "public" } as const satisfies Record<string, QuestionAudience>;
export type Asker = keyof typeof ASKERS;

/** Themes a person can pick (the garant's inbox can re-theme later). */
export const THEMES = ["moving", "housing", "money", "children", "safety", "other"] as const;
export type Theme = (typeof THEMES)[number];

/** The language the question is written in; "other" is stored as "und" (undetermined, ISO 639-2). */
export const QUESTION_LANGS = ["cs", "en", "uk", "other"] as const;
export type QuestionLang = (typeof QUESTION_LANGS)[number];

export function storedLang(lang: QuestionLang): string {
  return lang === "other" ? "und" : lang;
}

/** Line endings unified, Unicode composed, control characters (except line breaks and tabs) dropped. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2028\u2029]/g, "")
    .trim();
}

/** Reads an optional choice: anything not in the list is "not chosen". */
function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}

const rawFields = z.object({
  text: z.string().catch("").transform(normalizeText),
  audience: choice(Object.keys(ASKERS) as [Asker, ...Asker[]]),
  theme: choice(THEMES),
  lang: choice(QUESTION_LANGS),
});

export interface AskFields {
  text: string;
  audience?: Asker;
  theme?: Theme;
  lang?: QuestionLang;
}

export type TextError = "tooShort" | "tooLong";

export interface ParsedForm {
  fields: AskFields;
  /** Set when the text cannot be sent as it is; the fields still hold what was typed. */
  error: TextError | null;
}

/** Parses the form body (values as Hono's parseBody returns them). */
export function parseAskForm(body: Record<string, unknown>): ParsedForm {
  const fields = rawFields.parse(body) as AskFields;
  const length = [...fields.text].length;
  const error: TextError | null = length < TEXT_MIN ? "tooShort" : length > TEXT_MAX ? "tooLong" : null;
  return { fields, error };
}

/** What the confirm step carries in hidden fields (signed): exactly what the garant receives. */
export const confirmSchema = z.object({
  redacted: z.string().min(1).max(10_000),
  audience: z.enum(["residents", "neighbours", "public", "unknown"]),
  theme: z.union([z.enum(THEMES), z.literal("")]),
  lang: z.string().regex(/^[a-z]{2,3}$/),
  sig: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ConfirmFields = z.infer<typeof confirmSchema>;

export function confirmParts(f: Omit<ConfirmFields, "sig">): string[] {
  return [f.redacted, f.audience, f.theme, f.lang];
}
