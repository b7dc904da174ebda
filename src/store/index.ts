// The store: every repository over one SqlDriver. Callers get a driver from
// drivers/sqlite.ts (Node) or a D1 binding (Workers) and never see SQL.
import type { SqlDriver } from "./sql.js";
import { stmt } from "./sql.js";
import type { BotChannel } from "./types.js";
import type { RepoContext } from "./repos/context.js";
import { auditRepo } from "./repos/audit.js";
import { discordStaffRepo, whatsappStatusesRepo } from "./repos/channel-data.js";
import { dedupRepo } from "./repos/dedup.js";
import { feedbackRepo } from "./repos/feedback.js";
import { outboxRepo } from "./repos/outbox.js";
import { peopleRepo } from "./repos/people.js";
import { questionsRepo } from "./repos/questions.js";
import { rateLimitsRepo } from "./repos/rate-limits.js";
import { replyRoutesRepo } from "./repos/reply-routes.js";
import { staffAccessRepo } from "./repos/staff-access.js";
import { staffMessagesRepo } from "./repos/staff-messages.js";
import { staffUsersRepo } from "./repos/staff-users.js";
import { subscriptionsRepo } from "./repos/subscriptions.js";
import { updatesRepo } from "./repos/updates.js";
import { updateDraftsRepo } from "./repos/update-drafts.js";
import { faqDraftsRepo } from "./repos/faq-drafts.js";
import { contentItemsRepo } from "./repos/content-items.js";

export interface StoreOptions {
  /** Milliseconds since the epoch; injected so tests control time. */
  clock?: () => number;
}

export function createStore(driver: SqlDriver, options: StoreOptions = {}) {
  const ctx: RepoContext = { db: driver, clock: options.clock ?? Date.now };
  return {
    driver,
    questions: questionsRepo(ctx),
    replyRoutes: replyRoutesRepo(ctx),
    people: peopleRepo(ctx),
    subscriptions: subscriptionsRepo(ctx),
    dedup: dedupRepo(ctx),
    rateLimits: rateLimitsRepo(ctx),
    staff: { ...staffUsersRepo(ctx), ...staffAccessRepo(ctx) },
    staffMessages: staffMessagesRepo(ctx),
    updates: updatesRepo(ctx),
    /** Console additions to updates: channels, schedule, texts per language (migration 0005). */
    updateDrafts: updateDraftsRepo(ctx),
    faqDrafts: faqDraftsRepo(ctx),
    /** Content files edited in the console: published texts and revisions (migration 0007). */
    contentItems: contentItemsRepo(ctx),
    feedback: feedbackRepo(ctx),
    audit: auditRepo(ctx),
    outbox: outboxRepo(ctx),
    /** WhatsApp delivery statuses (sent/delivered/read/failed), keyed by message id. */
    whatsappStatuses: whatsappStatusesRepo(ctx),
    /** Discord accounts linked to staff users (who may answer from the staff channel). */
    discordStaff: discordStaffRepo(ctx),

    /** For /healthz: true when the database answers. */
    async health(): Promise<boolean> {
      try {
        const row = await driver.first<{ ok: number }>("SELECT 1 AS ok");
        return row?.ok === 1;
      } catch {
        return false;
      }
    },

    /**
     * /forget: deletes the person's subscription, conversation state and the
     * routes to their open questions, all or nothing. The questions stay,
     * already anonymous, but can no longer be answered to this person.
     * `address` is the raw chat id / phone number (reply routes are keyed by it).
     */
    async forgetPerson(channel: BotChannel, userRef: string, address: string | null): Promise<void> {
      const statements = [
        stmt("DELETE FROM subscriptions WHERE channel = ? AND user_ref = ?", channel, userRef),
        stmt("DELETE FROM people WHERE channel = ? AND user_ref = ?", channel, userRef),
      ];
      if (address) {
        statements.push(stmt("DELETE FROM reply_routes WHERE channel = ? AND address = ?", channel, address));
      }
      await driver.batch(statements);
    },

    close: () => driver.close(),
  };
}

export type Store = ReturnType<typeof createStore>;

export type { SqlDriver, SqlStatement, SqlValue, RunResult } from "./sql.js";
export type { Migration, MigrateResult } from "./migrate.js";
export { migrate, MigrationError } from "./migrate.js";
export * from "./types.js";
export type { Question, NewQuestion, QuestionFilter, QuestionAnswer } from "./repos/questions.js";
export type { QuestionNote } from "./repos/question-notes.js";
export type { AnswerTimes, ThemeWeekCount, TimeRange } from "./repos/question-stats.js";
export type { ReplyRoute } from "./repos/reply-routes.js";
export type { Person, PersonPatch } from "./repos/people.js";
export type { Subscription, NewSubscription, ActiveFilter, SubscriptionPage, SubscriptionCount } from "./repos/subscriptions.js";
export type { RateLimitResult } from "./repos/rate-limits.js";
export type { StaffUser, NewStaffUser } from "./repos/staff-users.js";
export type { StaffSession } from "./repos/staff-access.js";
export type { StaffMessageRef } from "./repos/staff-messages.js";
export type { Update, NewUpdate, PublishedFilter } from "./repos/updates.js";
export type { FeedbackSummary, NewFeedback } from "./repos/feedback.js";
export type { AuditEntry, AuditFilter, NewAuditEntry } from "./repos/audit.js";
export type { BroadcastTarget, ClaimedEntry, DeliveryCounts, EnqueueResult, FinishOutcome, OutboxStatus } from "./repos/outbox.js";
export type { WhatsAppDeliveryStatus, WhatsAppStatusCounts } from "./repos/channel-data.js";
export type { UpdateChannel, UpdateExtras, UpdateText, UpdateExtrasInput } from "./repos/update-drafts.js";
export type { FaqDraft, FaqDraftStatus, NewFaqDraft } from "./repos/faq-drafts.js";
export type { ContentItem, ContentItemSummary, ContentRevision, ContentRevisionSource, ContentRevisionStatus } from "./repos/content-items.js";
