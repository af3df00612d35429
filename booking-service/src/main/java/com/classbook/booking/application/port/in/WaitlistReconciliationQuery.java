package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.ReservedSlot;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/** What the waitlist reconciles itself with: the holds still waiting and the seats reserved. */
public interface WaitlistReconciliationQuery {

  /**
   * WAITLISTED holds placed before {@code placedBefore}, or of a class starting before {@code
   * classStartsBefore}, ordered by id, after {@code afterId} ("" for the first page).
   */
  Uni<List<Booking>> waitingHolds(
      Instant placedBefore, Instant classStartsBefore, String afterId, int limit);

  /** RESERVED seats created before {@code createdBefore}, by slot ref after {@code afterRef}. */
  Uni<List<ReservedSlot>> reservedSeats(Instant createdBefore, String afterRef, int limit);
}
