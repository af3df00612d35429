import { describe, expect, it } from "vitest";
import { cancellationTerms, checkInState } from "../src/lib/rules";

const start = "2026-12-01T10:00:00Z";
const end = "2026-12-01T11:00:00Z";

describe("cancellationTerms", () => {
  it("promises a full refund up to exactly 4 h before the start", () => {
    const terms = cancellationTerms(start, 2, new Date("2026-12-01T06:00:00Z"));
    expect(terms).toMatchObject({ refund: true, cancellable: true });
    expect(terms.text).toBe("More than 4 h before the start: full refund. Your 2 credits go back to the same package.");
  });

  it("says there is no refund inside the last 4 h", () => {
    const terms = cancellationTerms(start, 1, new Date("2026-12-01T06:00:01Z"));
    expect(terms).toMatchObject({ refund: false, cancellable: true });
    expect(terms.text).toBe("Less than 4 h before the start: no refund. Your 1 credit will not be returned.");
  });

  it("refuses once the class has started", () => {
    expect(cancellationTerms(start, 1, new Date(start)).cancellable).toBe(false);
  });
});

describe("checkInState", () => {
  it("opens 15 minutes before the start and closes at the end", () => {
    expect(checkInState(start, end, new Date("2026-12-01T09:44:59Z"))).toBe("not-yet");
    expect(checkInState(start, end, new Date("2026-12-01T09:45:00Z"))).toBe("open");
    expect(checkInState(start, end, new Date(end))).toBe("open");
    expect(checkInState(start, end, new Date("2026-12-01T11:00:01Z"))).toBe("closed");
  });
});
