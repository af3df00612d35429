// Class times are UTC instants; members read them in the class's own zone, the way people there write times.
import { localeFor } from "./locale";

const DAY_MS = 24 * 60 * 60 * 1000;

function zoneParts(instant: Date, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get("year"), m: get("month"), d: get("day"), h: get("hour"), min: get("minute"), s: get("second") };
}

/** Milliseconds the zone is ahead of UTC at that instant (e.g. +8 h for Asia/Singapore). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = zoneParts(instant, timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of local midnight starting the calendar day (y, m, d) in the zone; correct across DST changes. */
export function startOfLocalDay(y: number, m: number, d: number, timeZone: string): Date {
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess - zoneOffsetMs(new Date(first), timeZone));
}

/** The calendar day of an instant in a zone, as yyyy-mm-dd. */
export function localDayKey(instant: Date | string, timeZone: string): string {
  const p = zoneParts(new Date(instant), timeZone);
  return `${p.y}-${String(p.m).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`;
}

/** Seven local days from the day that holds `now` shifted by `weekOffset` weeks: [from, to) as instants. */
export function weekRange(now: Date, timeZone: string, weekOffset = 0): { from: Date; to: Date; days: string[] } {
  const today = zoneParts(now, timeZone);
  const days: string[] = [];
  for (let i = 0; i <= 7; i++) {
    const day = new Date(Date.UTC(today.y, today.m - 1, today.d + weekOffset * 7 + i));
    days.push(day.toISOString().slice(0, 10));
  }
  const [from, to] = [days[0], days[7]].map((key) => {
    const [y, m, d] = key.split("-").map(Number);
    return startOfLocalDay(y, m, d, timeZone);
  });
  return { from, to, days: days.slice(0, 7) };
}

/** "Tue 1 Dec" in the country's way of writing dates. */
export function formatDay(dayKey: string, countryCode: string): string {
  const [y, m, d] = dayKey.split("-").map(Number);
  return new Intl.DateTimeFormat(localeFor(countryCode), { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" })
    .format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** "07:00–08:00" (or "7:00 AM–8:00 AM" where 12-hour clocks are usual), in the class's zone. */
export function formatTimeRange(start: string, end: string, timeZone: string, countryCode: string): string {
  const f = new Intl.DateTimeFormat(localeFor(countryCode), { timeZone, hour: "numeric", minute: "2-digit" });
  return `${f.format(new Date(start))}–${f.format(new Date(end))}`;
}

/** "Tue 1 Dec, 07:00–08:00 GMT+8": day, time and zone, so a member abroad is never misled. */
export function formatClassTime(start: string, end: string, timeZone: string, countryCode: string): string {
  const zoneName = new Intl.DateTimeFormat(localeFor(countryCode), { timeZone, timeZoneName: "short" })
    .formatToParts(new Date(start)).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  return `${formatDay(localDayKey(start, timeZone), countryCode)}, ${formatTimeRange(start, end, timeZone, countryCode)} ${zoneName}`;
}

/** A date such as a package's expiry, in the member's country. */
export function formatDate(instant: string, countryCode: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeFor(countryCode), { timeZone, day: "numeric", month: "short", year: "numeric" }).format(new Date(instant));
}

export const HOUR_MS = 60 * 60 * 1000;
export { DAY_MS };

/** The instant of a wall-clock date and time ("2026-12-01", "07:00") in a zone, as an admin schedules a class. */
export function localToInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [h, min] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, h, min);
  const first = wall - zoneOffsetMs(new Date(wall), timeZone);
  return new Date(wall - zoneOffsetMs(new Date(first), timeZone));
}
