package com.classbook.booking.application.port.in;

import io.smallrye.mutiny.Uni;

/** Periodic jobs, safe to run on several instances at once; each returns what it processed. */
public interface HousekeepingUseCase {

  /** Marks unchecked CONFIRMED bookings of ended classes NO_SHOW. */
  Uni<Integer> markNoShows();

  /** Flags packages whose expiry passed and announces PackageExpired. */
  Uni<Integer> expirePackages();

  /** Sets missing seat counters from the database (after a cache restart or flush). */
  Uni<Integer> rebuildCounters();
}
