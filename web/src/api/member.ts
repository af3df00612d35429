// The signed-in member's own lists. They are paged (at most 100 a page); the app reads up to 500 items.
import { api, expectOk } from "./client";
import type { BookingView, UserPackageView, WaitlistEntryView } from "./views";

const PAGE_SIZE = 100;
const MAX_PAGES = 5;

async function allPages<T>(read: (page: string) => Promise<{ items?: unknown[]; totalItems?: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await read(String(page));
    items.push(...((answer.items ?? []) as T[]));
    if (items.length >= (answer.totalItems ?? 0) || (answer.items ?? []).length < PAGE_SIZE) break;
  }
  return items;
}

const size = String(PAGE_SIZE);

export function loadMyBookings(): Promise<BookingView[]> {
  return allPages((page) => expectOk(api.GET("/api/v1/me/bookings", { params: { query: { page, size } } })));
}

export function loadMyWaitlist(): Promise<WaitlistEntryView[]> {
  return allPages((page) => expectOk(api.GET("/api/v1/me/waitlist", { params: { query: { page, size } } })));
}

export function loadMyPackages(): Promise<UserPackageView[]> {
  return allPages((page) => expectOk(api.GET("/api/v1/me/packages", { params: { query: { page, size } } })));
}

/** A booking that holds a seat or a place in line. */
export function isActiveBooking(booking: BookingView): boolean {
  return booking.status === "CONFIRMED" || booking.status === "CHECKED_IN" || booking.status === "WAITLISTED";
}
