// Vocabulary shared by the repositories: the allowed values of enum columns
// (they mirror the CHECK constraints in migrations/0001_init.sql) and zod
// schemas for validating inputs at the store's boundary.
import { z } from "zod";

export const CHANNELS = ["web", "telegram", "whatsapp", "discord"] as const;
export type Channel = (typeof CHANNELS)[number];
/** Channels with a chat, i.e. with people, subscriptions and reply routes. */
export const BOT_CHANNELS = ["telegram", "whatsapp", "discord"] as const;
export type BotChannel = (typeof BOT_CHANNELS)[number];

export const AUDIENCES = ["residents", "neighbours", "public"] as const;
export type Audience = (typeof AUDIENCES)[number];
export const QUESTION_AUDIENCES = [...AUDIENCES, "unknown"] as const;
export type QuestionAudience = (typeof QUESTION_AUDIENCES)[number];

export const QUESTION_STATUSES = ["new", "answered", "closed"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const STAFF_ROLES = ["editor", "garant", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const UPDATE_STATUSES = ["draft", "published"] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

export const channelSchema = z.enum(CHANNELS);
export const botChannelSchema = z.enum(BOT_CHANNELS);
export const audienceSchema = z.enum(AUDIENCES);
export const langSchema = z.string().regex(/^[a-z]{2,3}$/, "a language code such as cs, en, uk");
/** Ids and references: non-empty, bounded, no surrounding whitespace. */
export const refSchema = z.string().min(1).max(200).trim();

/** Default page size and the most any list call returns at once. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export function clampLimit(limit: number | undefined, fallback = DEFAULT_LIMIT): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

/** Parses JSON stored in a TEXT column; a corrupt value reads as null. */
export function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
