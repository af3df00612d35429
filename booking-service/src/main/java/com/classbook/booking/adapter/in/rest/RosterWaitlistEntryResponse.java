package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.domain.ClassRoster.Waiting;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A waiting member of the roster with their name and position. */
@Schema(description = "A member waiting for a seat, with their name and place in the queue")
public record RosterWaitlistEntryResponse(
    String entryId,
    String userId,
    @Schema(nullable = true, description = RosterBookingResponse.NAME_NOT_YET_KNOWN)
        String firstName,
    @Schema(nullable = true, description = RosterBookingResponse.NAME_NOT_YET_KNOWN)
        String lastName,
    @Schema(description = "1-based place in the queue: 1 is promoted first") int position,
    Instant joinedAt) {

  static RosterWaitlistEntryResponse from(Waiting w) {
    return new RosterWaitlistEntryResponse(
        w.place().entryId(),
        w.place().userId(),
        w.name().firstName(),
        w.name().lastName(),
        w.position(),
        w.place().joinedAt());
  }
}
