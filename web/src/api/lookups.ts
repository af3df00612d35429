// Reads several pages and views use.
import { api, expectOk } from "./client";
import { FRESH } from "./versioned";
import type { ClassView, CountryView } from "./views";

export async function loadCountries(): Promise<CountryView[]> {
  return (await expectOk(api.GET("/api/v1/countries"))) as CountryView[];
}

/** The classes behind a member's bookings or waitlist entries, one read each (at most a page of them). */
export async function loadClassesById(ids: string[]): Promise<Map<string, ClassView>> {
  const unique = [...new Set(ids)];
  const classes = await Promise.all(
    unique.map((id) => expectOk(api.GET("/api/v1/classes/{id}", { params: { path: { id } } })).catch(() => null)),
  );
  return new Map(classes.filter((c): c is NonNullable<typeof c> => c !== null).map((c) => [c.id as string, c as ClassView]));
}

/**
 * The classes of a country between two instants (a week at most), in start order. Staff pages ask for a
 * fresh answer, so that a change they just made shows at once; members' pages take the kept answers of
 * the public reads (at most a second old).
 */
export async function loadClassesBetween(country: string, from: Date, to: Date, fresh = false): Promise<ClassView[]> {
  const page = await expectOk(api.GET("/api/v1/classes", {
    params: { query: { country, from: from.toISOString(), to: to.toISOString(), size: "100" } },
    headers: fresh ? FRESH : undefined,
  }));
  return ((page.items ?? []) as ClassView[]).sort((a, b) => a.startTime.localeCompare(b.startTime));
}
