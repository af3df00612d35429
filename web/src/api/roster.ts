import { api, expectOk } from "./client";
import type { ClassView } from "./views";

export interface RosterBooking {
  bookingId: string;
  userId: string;
  firstName: string | null;
  lastName: string | null;
  status: string;
  checkedInAt: string | null;
}

export interface RosterWaiting {
  entryId: string;
  userId: string;
  firstName: string | null;
  lastName: string | null;
  position: number;
  joinedAt: string;
}

export interface Roster {
  bookings: RosterBooking[];
  waitlist: RosterWaiting[];
}

/** Who is booked (and checked in) and who waits, in line order, for one class (STAFF, ADMIN). */
export async function loadRoster(classId: string): Promise<Roster> {
  const roster = await expectOk(api.GET("/api/v1/classes/{id}/roster", { params: { path: { id: classId } } }));
  return { bookings: (roster.bookings ?? []) as RosterBooking[], waitlist: (roster.waitlist ?? []) as RosterWaiting[] };
}

export function displayName(person: { firstName: string | null; lastName: string | null }): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(" ");
  return name || "Member (name not yet known)";
}

export type { ClassView };
