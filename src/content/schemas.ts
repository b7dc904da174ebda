// One zod schema per content collection. FAQ and rumours follow the shared
// contract (../shared/CONTENT-FORMAT.md) exactly; the YAML collections
// (site, timeline, contacts, meetings, translations) are this project's own.
import { z } from "zod";

export const LANG = /^[a-z]{2,3}$/;
export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const AUDIENCES = ["residents", "neighbours", "public"] as const;
export const VERDICTS = ["false", "misleading", "true", "unconfirmed"] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "not a real calendar date");

/** YAML turns an unquoted 2026-11-01 into a Date; accept both and keep the string. */
export const dateField = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  isoDate,
);

const audience = z.array(z.enum(AUDIENCES)).min(1).default(["public"]);
const nonEmpty = z.string().trim().min(1, "must not be empty");

export const faqFrontmatter = z.strictObject({
  title: nonEmpty,
  questions: z.array(nonEmpty).default([]),
  audience,
  tags: z.array(nonEmpty).default([]),
  verified: dateField,
  verified_by: nonEmpty,
});
export type FaqFrontmatter = z.infer<typeof faqFrontmatter>;

export const rumourFrontmatter = z.strictObject({
  claim: nonEmpty,
  claims: z.array(nonEmpty).default([]),
  // YAML reads an unquoted `verdict: false` as a boolean; the contract means the word.
  verdict: z.preprocess((v) => (typeof v === "boolean" ? String(v) : v), z.enum(VERDICTS)),
  audience,
  tags: z.array(nonEmpty).default([]),
  verified: dateField,
  verified_by: nonEmpty,
});
export type RumourFrontmatter = z.infer<typeof rumourFrontmatter>;

/** Text in several languages; Czech is the source and always present. */
export const localized = z
  .record(z.string().regex(LANG, "language keys are codes such as cs, en, uk"), nonEmpty)
  .refine((r) => typeof r.cs === "string", "needs a Czech (cs) text");
export type Localized = z.infer<typeof localized>;

/** A date that may still be unknown: null means "bude upřesněno" (to be announced). */
const maybeMonthOrDate = z
  .preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected YYYY-MM or YYYY-MM-DD, or null when not yet known"),
  )
  .nullable()
  .default(null);

const verifiedPair = { verified: dateField, verified_by: nonEmpty };

export const siteSchema = z.strictObject({
  city: nonEmpty,
  building: z.strictObject({ name: nonEmpty, address: nonEmpty }),
  /** The communication garant: the one office that answers forwarded questions. */
  garant: z.strictObject({
    office: localized,
    email: z.string().email().nullable().default(null),
    phone: z.string().nullable().default(null),
  }),
  press: z.strictObject({
    office: localized,
    email: z.string().email().nullable().default(null),
    phone: z.string().nullable().default(null),
  }),
  channels: z
    .strictObject({
      telegram: z.string().url().nullable().default(null),
      whatsapp: z.string().url().nullable().default(null),
      discord: z.string().url().nullable().default(null),
    })
    .default({ telegram: null, whatsapp: null, discord: null }),
  languages: z.array(z.string().regex(LANG)).min(1).default(["cs"]),
});
export type Site = z.infer<typeof siteSchema>;

export const PHASE_STATUS = ["done", "current", "planned"] as const;
export const timelineSchema = z.strictObject({
  phases: z
    .array(
      z.strictObject({
        id: z.string().regex(ID),
        title: localized,
        summary: localized,
        status: z.enum(PHASE_STATUS),
        start: maybeMonthOrDate,
        end: maybeMonthOrDate,
        ...verifiedPair,
      }),
    )
    .min(1),
});
export type Timeline = z.infer<typeof timelineSchema>;
export type Phase = Timeline["phases"][number];

export const contactsSchema = z.strictObject({
  contacts: z.array(
    z.strictObject({
      id: z.string().regex(ID),
      organisation: nonEmpty,
      role: localized,
      /** What people can come with; shown as a list. */
      helps_with: z.array(localized).default([]),
      phone: z.string().nullable().default(null),
      email: z.string().email().nullable().default(null),
      address: z.string().nullable().default(null),
      hours: localized.nullable().default(null),
      web: z.string().url().nullable().default(null),
      /** Crisis lines (112, 156, ...) are shown first and on every contact page. */
      emergency: z.boolean().default(false),
      audience,
      ...verifiedPair,
    }),
  ),
});
export type Contacts = z.infer<typeof contactsSchema>;
export type Contact = Contacts["contacts"][number];

export const meetingsSchema = z.strictObject({
  meetings: z.array(
    z.strictObject({
      id: z.string().regex(ID),
      title: localized,
      description: localized.nullable().default(null),
      /** ISO local date-time (Europe/Prague), or null while the date is not set. */
      starts: z
        .preprocess(
          (v) => (v instanceof Date ? v.toISOString().slice(0, 16) : v),
          z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "expected YYYY-MM-DDTHH:MM (Prague time)"),
        )
        .nullable()
        .default(null),
      duration_minutes: z.number().int().positive().max(24 * 60).default(90),
      place: nonEmpty,
      audience,
      languages: z.array(z.string().regex(LANG)).min(1).default(["cs"]),
      ...verifiedPair,
    }),
  ),
});
export type Meetings = z.infer<typeof meetingsSchema>;
export type Meeting = Meetings["meetings"][number];

/** Translation status per file: machine translations are shown with a "needs review" note. */
export const translationsSchema = z.strictObject({
  machine: z
    .array(z.string().regex(/^(faq|rumours|updates)\/[a-z0-9]+(-[a-z0-9]+)*\.[a-z]{2,3}$/, "expected collection/id.lang, e.g. faq/closure-date.en"))
    .default([]),
});
export type Translations = z.infer<typeof translationsSchema>;

export const updateFrontmatter = z.strictObject({
  title: nonEmpty,
  published: dateField,
  audience,
  tags: z.array(nonEmpty).default([]),
  verified_by: nonEmpty,
});
export type UpdateFrontmatter = z.infer<typeof updateFrontmatter>;
