// One suite for every SqlDriver (Hono's router/common.case.test.ts pattern):
// the better-sqlite3 driver runs it in sqlite.test.ts, and a D1 driver will run
// it under @cloudflare/vitest-pool-workers. Keep it free of Node APIs.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStore } from "../../src/store/index.js";
import type { SqlDriver } from "../../src/store/sql.js";
import { auditAndFeedbackCases } from "./cases/audit-feedback.case.js";
import { channelDataCases } from "./cases/channel-data.case.js";
import { contentItemCases } from "./cases/content-items.case.js";
import { newHolder, type StoreTestContext } from "./cases/context.js";
import { dedupAndRateLimitCases } from "./cases/dedup-rate-limits.case.js";
import { forgetCases } from "./cases/forget.case.js";
import { outboxCases } from "./cases/outbox.case.js";
import { peopleCases } from "./cases/people.case.js";
import { questionStatsCases } from "./cases/question-stats.case.js";
import { questionCases } from "./cases/questions.case.js";
import { replyRouteCases } from "./cases/reply-routes.case.js";
import { staffCases } from "./cases/staff.case.js";
import { staffConsoleCases } from "./cases/staff-console.case.js";
import { staffMessageCases } from "./cases/staff-messages.case.js";
import { subscriptionCases } from "./cases/subscriptions.case.js";
import { updateCases } from "./cases/updates.case.js";

/**
 * `makeDriver` must return a driver on an empty database with every migration
 * applied; each test gets a fresh one and closes it afterwards.
 */
export function runStoreSuite(name: string, makeDriver: () => Promise<SqlDriver>): void {
  describe(`store on ${name}`, () => {
    const t: StoreTestContext = newHolder();

    beforeEach(async () => {
      t.driver = await makeDriver();
      t.now = Date.UTC(2025, 2, 1, 9, 0, 0);
      t.store = createStore(t.driver, { clock: () => t.now });
    });
    afterEach(async () => {
      await t.driver.close();
    });

    it("answers the health check", async () => {
      expect(await t.store.health()).toBe(true);
    });

    questionCases(t);
    questionStatsCases(t);
    replyRouteCases(t);
    peopleCases(t);
    subscriptionCases(t);
    dedupAndRateLimitCases(t);
    staffCases(t);
    staffConsoleCases(t);
    staffMessageCases(t);
    updateCases(t);
    auditAndFeedbackCases(t);
    forgetCases(t);
    outboxCases(t);
    channelDataCases(t);
    contentItemCases(t);
  });
}
