package com.classbook.waitlist.adapter.in.rest;

import com.classbook.waitlist.application.port.in.WaitlistEntryView;
import java.time.Instant;

/** The API's waitlist entry; position is 1-based while waiting, else null. */
public record WaitlistEntryResponse(
    String id,
    String classId,
    String bookingId,
    Integer position,
    String status,
    Instant joinedAt,
    Instant promotedAt,
    boolean refunded) {

  static WaitlistEntryResponse of(WaitlistEntryView view) {
    var entry = view.entry();
    return new WaitlistEntryResponse(
        entry.id(),
        entry.classId(),
        entry.bookingId(),
        entry.isWaiting() ? view.position() : null,
        entry.status().name(),
        entry.joinedAt(),
        entry.promotedAt(),
        entry.refunded());
  }
}
