import { describe, expect, it } from "vitest";
import { byDay, fillRate, percent, type ClassFigures } from "../src/lib/occupancy";

const figures = (day: string, capacity: number, booked: number, waiting = 0, noShows = 0): ClassFigures =>
  ({ id: `${day}-${capacity}-${booked}`, title: "x", day, startTime: `${day}T07:00:00Z`, capacity, booked, waiting, noShows });

describe("occupancy", () => {
  it("sums a day's classes and keeps empty days", () => {
    const days = byDay(["2026-12-01", "2026-12-02"], [figures("2026-12-01", 10, 10, 3, 1), figures("2026-12-01", 10, 5)]);
    expect(days[0]).toMatchObject({ capacity: 20, booked: 15, fillRate: 0.75, waiting: 3, noShows: 1 });
    expect(days[1]).toMatchObject({ capacity: 0, fillRate: 0, classes: [] });
    expect(percent(days[0].fillRate)).toBe("75%");
  });

  it("never reports more than full", () => {
    expect(fillRate(12, 10)).toBe(1);
    expect(fillRate(0, 0)).toBe(0);
  });
});
