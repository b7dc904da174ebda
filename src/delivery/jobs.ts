// The minute jobs: run every minute by the Node entry (and by the Workers cron
// later). Each job is independent: one failing is logged and the others run.
//   - scheduled updates whose time has come are published (only approved ones);
//   - meeting reminders go out the day before (once per meeting and date);
//   - garant answers that could not be delivered are retried;
//   - retention: reply routes REPLY_ROUTE_RETENTION_DAYS after the answer was
//     delivered, old processed events, expired rate-limit windows, sessions
//     and link codes.
import type { AppDeps } from "../deps.js";
import type { Meeting } from "../content/schemas.js";
import { deliverPendingAnswers } from "../relay/questions.js";
import { BOT_CHANNELS } from "../store/index.js";
import { reminderKey } from "./messages.js";
import { publishUpdate } from "./publish.js";

const DAY = 24 * 60 * 60 * 1000;
/** Platforms stop re-sending a webhook after a day or so; a week is ample. */
export const PROCESSED_EVENTS_KEEP_MS = 7 * DAY;
/** WhatsApp delivery statuses feed the monthly and yearly statistics; older ones go. */
export const WHATSAPP_STATUSES_KEEP_MS = 400 * DAY;
/** Reminders are sent from this Prague hour on the day before the meeting. */
export const REMINDER_HOUR = 10;

export interface JobsReport {
  published: number;
  reminders: number;
  answersDelivered: number;
  replyRoutesDeleted: number;
  eventsPruned: number;
  rateLimitsPruned: number;
  sessionsPruned: number;
  statusesPruned: number;
  errors: string[];
}

/** Milliseconds of Prague's offset from UTC at the instant `utcMs`. */
function pragueOffset(utcMs: number): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Prague", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(utcMs / 1000) * 1000;
}

/** "2026-11-25T17:00" in Prague time → ms since the epoch (handles summer time). */
export function pragueToUtc(local: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return Number.NaN;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const first = asUtc - pragueOffset(asUtc);
  return asUtc - pragueOffset(first);
}

/** When the reminder of a meeting may go out: from REMINDER_HOUR Prague time the day before, until it starts. */
export function reminderWindow(meeting: Pick<Meeting, "starts">): { from: number; until: number } | null {
  if (!meeting.starts) return null;
  const until = pragueToUtc(meeting.starts);
  if (Number.isNaN(until)) return null;
  const dayBefore = new Date(Date.UTC(Number(meeting.starts.slice(0, 4)), Number(meeting.starts.slice(5, 7)) - 1, Number(meeting.starts.slice(8, 10)) - 1));
  const from = pragueToUtc(`${dayBefore.toISOString().slice(0, 10)}T${String(REMINDER_HOUR).padStart(2, "0")}:00`);
  return { from: Math.min(from, until), until };
}

export async function publishDueUpdates(deps: AppDeps, now: number): Promise<number> {
  let published = 0;
  for (const due of await deps.store.updateDrafts.dueScheduled(now)) {
    const r = await publishUpdate(deps, due.id, due.approvedBy);
    if (r.status === "published") published++;
  }
  return published;
}

export async function enqueueMeetingReminders(deps: AppDeps, now: number): Promise<number> {
  let enqueued = 0;
  for (const meeting of deps.knowledge.current().kb.meetings) {
    const window = reminderWindow(meeting);
    if (!window || now < window.from || now >= window.until) continue;
    const key = reminderKey(meeting);
    if (await deps.store.outbox.broadcastExists(key)) continue;
    const r = await deps.store.outbox.enqueue({
      key, kind: "reminder", audiences: meeting.audience, langs: Object.keys(meeting.title),
      channels: [...BOT_CHANNELS], announceLang: deps.config.DISCORD_ANNOUNCE_CHANNEL_ID ? "cs" : null, now,
    });
    if (r.created) {
      enqueued++;
      deps.log.info("delivery.reminder_enqueued", { meeting: meeting.id, rows: r.total });
    }
  }
  return enqueued;
}

export async function runRetention(deps: AppDeps, now: number) {
  const replyRoutesDeleted = await deps.store.replyRoutes.deleteDeliveredBefore(now - deps.config.REPLY_ROUTE_RETENTION_DAYS * DAY);
  const eventsPruned = await deps.store.dedup.pruneBefore(now - PROCESSED_EVENTS_KEEP_MS);
  const rateLimitsPruned = await deps.store.rateLimits.pruneExpired(now);
  const sessionsPruned = await deps.store.staff.pruneExpired(now);
  const statusesPruned = await deps.store.whatsappStatuses.pruneBefore(now - WHATSAPP_STATUSES_KEEP_MS);
  if (replyRoutesDeleted) {
    await deps.store.audit.add({ action: "system.retention", target: "reply_routes", detail: { deleted: replyRoutesDeleted } });
  }
  return { replyRoutesDeleted, eventsPruned, rateLimitsPruned, sessionsPruned, statusesPruned };
}

export async function runJobs(deps: AppDeps, now: number = deps.clock()): Promise<JobsReport> {
  const report: JobsReport = {
    published: 0, reminders: 0, answersDelivered: 0, replyRoutesDeleted: 0, eventsPruned: 0, rateLimitsPruned: 0,
    sessionsPruned: 0, statusesPruned: 0, errors: [],
  };
  const guard = async (name: string, job: () => Promise<void>) => {
    try {
      await job();
    } catch (e) {
      report.errors.push(name);
      deps.log.error("jobs.failed", { job: name, error: (e as Error).message });
    }
  };
  await guard("scheduled", async () => { report.published = await publishDueUpdates(deps, now); });
  await guard("reminders", async () => { report.reminders = await enqueueMeetingReminders(deps, now); });
  await guard("answers", async () => { report.answersDelivered = await deliverPendingAnswers(deps); });
  await guard("retention", async () => { Object.assign(report, await runRetention(deps, now)); });
  return report;
}

/** Runs the jobs every `everyMs` (Node); returns the stop function for the entry's `stops` list. */
export function startJobsTimer(deps: AppDeps, everyMs = 60_000): () => Promise<void> {
  let current: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    current = current.then(() => runJobs(deps)).catch(() => undefined);
  }, everyMs);
  timer.unref?.();
  return async () => {
    clearInterval(timer);
    await current;
  };
}
