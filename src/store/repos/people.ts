// Conversation state per channel user. Keyed by a pseudonymous HMAC reference
// (privacy/), never by the raw chat id, so this table alone identifies nobody.
import { z } from "zod";
import type { SqlValue } from "../sql.js";
import { audienceSchema, botChannelSchema, langSchema, parseJson, refSchema, type Audience, type BotChannel } from "../types.js";
import type { RepoContext } from "./context.js";

export interface Person {
  channel: BotChannel;
  userRef: string;
  lang: string | null;
  audience: Audience | null;
  /** The current dialogue step, as the conversation core stored it. */
  state: unknown;
  consentAt: number | null;
  lastInboundAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** Fields to change: omitted = keep, null = clear. */
const patchInput = z.object({
  lang: langSchema.nullable().optional(),
  audience: audienceSchema.nullable().optional(),
  state: z.unknown().optional(),
  consentAt: z.number().int().nullable().optional(),
  lastInboundAt: z.number().int().nullable().optional(),
});
export type PersonPatch = z.input<typeof patchInput>;

interface PersonRow {
  channel: BotChannel; user_ref: string; lang: string | null; audience: Audience | null; state: string | null;
  consent_at: number | null; last_inbound_at: number | null; created_at: number; updated_at: number;
}

const COLUMNS = "channel, user_ref, lang, audience, state, consent_at, last_inbound_at, created_at, updated_at";

function toPerson(r: PersonRow): Person {
  return {
    channel: r.channel, userRef: r.user_ref, lang: r.lang, audience: r.audience, state: parseJson(r.state),
    consentAt: r.consent_at, lastInboundAt: r.last_inbound_at, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function peopleRepo({ db, clock }: RepoContext) {
  async function patch(channel: BotChannel, userRef: string, changes: PersonPatch = {}): Promise<Person> {
    const p = patchInput.parse(changes);
    const now = clock();
    // Column names come from this fixed list, never from the caller.
    const fields: [string, SqlValue][] = [];
    if (p.lang !== undefined) fields.push(["lang", p.lang]);
    if (p.audience !== undefined) fields.push(["audience", p.audience]);
    if (p.state !== undefined) fields.push(["state", p.state === null ? null : JSON.stringify(p.state)]);
    if (p.consentAt !== undefined) fields.push(["consent_at", p.consentAt]);
    if (p.lastInboundAt !== undefined) fields.push(["last_inbound_at", p.lastInboundAt]);
    const columns = ["channel", "user_ref", "created_at", "updated_at", ...fields.map(([c]) => c)];
    const updates = ["updated_at = excluded.updated_at", ...fields.map(([c]) => `${c} = excluded.${c}`)];
    const row = await db.first<PersonRow>(
      `INSERT INTO people (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})
       ON CONFLICT (channel, user_ref) DO UPDATE SET ${updates.join(", ")}
       RETURNING ${COLUMNS}`,
      [botChannelSchema.parse(channel), refSchema.parse(userRef), now, now, ...fields.map(([, v]) => v)],
    );
    if (!row) throw new Error("people upsert returned no row");
    return toPerson(row);
  }

  return {
    async get(channel: BotChannel, userRef: string): Promise<Person | null> {
      const r = await db.first<PersonRow>(`SELECT ${COLUMNS} FROM people WHERE channel = ? AND user_ref = ?`, [channel, userRef]);
      return r ? toPerson(r) : null;
    },

    /** Creates the person if new, changes only the given fields, returns the result. */
    patch,

    /** A message arrived from the person now (opens WhatsApp's 24-hour window). */
    async recordInbound(channel: BotChannel, userRef: string): Promise<Person> {
      return patch(channel, userRef, { lastInboundAt: clock() });
    },

    async delete(channel: BotChannel, userRef: string): Promise<boolean> {
      return (await db.run("DELETE FROM people WHERE channel = ? AND user_ref = ?", [channel, userRef])).changes > 0;
    },

    /** Retention: people who have not been active since the cutoff. */
    async deleteInactiveBefore(cutoffMs: number): Promise<number> {
      return (await db.run("DELETE FROM people WHERE updated_at < ?", [cutoffMs])).changes;
    },
  };
}

export type PeopleRepo = ReturnType<typeof peopleRepo>;
