import { describe, expect, it } from "vitest";
import { formatDate, formatInstant } from "../../src/i18n.js";

describe("dates as people read them", () => {
  it("formats a calendar date per language", () => {
    expect(formatDate("2026-11-01", "cs")).toBe("1. listopadu 2026");
    expect(formatDate("2026-11-01", "en")).toBe("1 November 2026");
  });
  it("takes the Prague day of an instant, not the UTC one", () => {
    // 23:30 UTC on 21 Nov is 00:30 on 22 Nov in Prague (CET, UTC+1).
    expect(formatInstant(Date.UTC(2026, 10, 21, 23, 30), "cs")).toBe("22. listopadu 2026");
    // In summer (CEST, UTC+2) 22:30 UTC is already the next day.
    expect(formatInstant(Date.UTC(2026, 6, 1, 22, 30), "en")).toBe("2 July 2026");
  });
});
