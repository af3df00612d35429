// The member-facing wording of the booking rules (SPEC: cancellation, check-in). The numbers are the platform's defaults.
import { HOUR_MS } from "./time";

export const FULL_REFUND_HOURS = 4;
export const CHECK_IN_OPENS_MINUTES = 15;

export interface CancellationTerms {
  refund: boolean;
  cancellable: boolean;
  text: string;
}

/** What cancelling now means, stated before the member confirms. */
export function cancellationTerms(start: string, creditsUsed: number, now: Date = new Date()): CancellationTerms {
  const startMs = new Date(start).getTime();
  const credits = `${creditsUsed} credit${creditsUsed === 1 ? "" : "s"}`;
  if (now.getTime() >= startMs) {
    return { refund: false, cancellable: false, text: "This class has started, so the booking can no longer be cancelled." };
  }
  if (now.getTime() <= startMs - FULL_REFUND_HOURS * HOUR_MS) {
    return {
      refund: true, cancellable: true,
      text: `More than ${FULL_REFUND_HOURS} h before the start: full refund. Your ${credits} go back to the same package.`,
    };
  }
  return {
    refund: false, cancellable: true,
    text: `Less than ${FULL_REFUND_HOURS} h before the start: no refund. Your ${credits} will not be returned.`,
  };
}

export type CheckInState = "not-yet" | "open" | "closed";

/** Check-in is open from 15 minutes before the start until the end. */
export function checkInState(start: string, end: string, now: Date = new Date()): CheckInState {
  const opens = new Date(start).getTime() - CHECK_IN_OPENS_MINUTES * 60 * 1000;
  if (now.getTime() < opens) return "not-yet";
  return now.getTime() <= new Date(end).getTime() ? "open" : "closed";
}
