import { describe, expect, it } from "vitest";
import { formatClassTime, formatDay, localDayKey, startOfLocalDay, weekRange } from "../src/lib/time";
import { formatPrice } from "../src/lib/money";

describe("class times in the class's zone", () => {
  it("shows Singapore classes in Singapore time, the way Singapore writes it", () => {
    const text = formatClassTime("2026-12-01T23:00:00Z", "2026-12-02T00:00:00Z", "Asia/Singapore", "SG");
    expect(text).toMatch(/^Wed,? 2 Dec, 7:00\sam.8:00\sam SGT$/);
  });

  it("uses a 12-hour clock in the US, and the day of the class's zone", () => {
    const text = formatClassTime("2026-12-02T03:30:00Z", "2026-12-02T04:30:00Z", "America/New_York", "US");
    expect(text).toMatch(/^Tue, Dec 1, 10:30\sPM.11:30\sPM EST$/);
  });

  it("groups by the local calendar day", () => {
    expect(localDayKey("2026-12-01T16:30:00Z", "Asia/Tokyo")).toBe("2026-12-02");
    expect(localDayKey("2026-12-01T16:30:00Z", "Europe/London")).toBe("2026-12-01");
  });

  it("finds local midnight across a daylight-saving change", () => {
    expect(startOfLocalDay(2026, 3, 29, "Europe/London").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(startOfLocalDay(2026, 3, 30, "Europe/London").toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(startOfLocalDay(2026, 12, 1, "Asia/Singapore").toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });

  it("spans a week of local days from today", () => {
    const week = weekRange(new Date("2026-11-30T20:00:00Z"), "Asia/Tokyo");
    expect(week.days[0]).toBe("2026-12-01");
    expect(week.days).toHaveLength(7);
    expect(week.from.toISOString()).toBe("2026-11-30T15:00:00.000Z");
    expect(week.to.toISOString()).toBe("2026-12-07T15:00:00.000Z");
    expect(formatDay(week.days[0], "GB")).toBe("Tue 1 Dec");
  });
});

describe("prices in the member's currency", () => {
  it("formats by country", () => {
    expect(formatPrice("49.00", "SGD", "SG")).toBe("$49.00");
    expect(formatPrice("89.00", "GBP", "GB")).toBe("£89.00");
    expect(formatPrice("4900", "JPY", "JP")).toMatch(/^[￥¥]4,900$/);
  });
});

describe("scheduling in the country's wall-clock time", () => {
  it("turns a local date and time into the instant", async () => {
    const { localToInstant } = await import("../src/lib/time");
    expect(localToInstant("2026-12-01", "07:00", "Asia/Singapore").toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(localToInstant("2026-07-01", "18:30", "Europe/London").toISOString()).toBe("2026-07-01T17:30:00.000Z");
    expect(localToInstant("2026-01-15", "18:30", "America/New_York").toISOString()).toBe("2026-01-15T23:30:00.000Z");
  });
});
