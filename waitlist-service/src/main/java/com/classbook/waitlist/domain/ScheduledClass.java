package com.classbook.waitlist.domain;

import java.time.Instant;
import java.util.Objects;

/** What the waitlist knows about a class schedule: its times and whether it still takes place. */
public record ScheduledClass(
    String id, Instant startTime, Instant endTime, boolean active, boolean cancelled) {

  public ScheduledClass {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
  }

  /** A freed seat may go to the waitlist only before the class starts and while it takes place. */
  public boolean acceptsPromotion(Instant now) {
    return !cancelled && now.isBefore(startTime);
  }

  /** Unpromoted holds are refunded once the class has started or was cancelled. */
  public boolean holdsDueForRefund(Instant now) {
    return cancelled || !now.isBefore(startTime);
  }
}
