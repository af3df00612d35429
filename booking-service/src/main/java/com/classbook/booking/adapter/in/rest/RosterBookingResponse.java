package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.domain.ClassRoster.Attendee;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seat-holding booking of the roster with the member's name. */
@Schema(description = "A booking that holds a seat, with the member's name")
public record RosterBookingResponse(
    String bookingId,
    String userId,
    @Schema(nullable = true, description = RosterBookingResponse.NAME_NOT_YET_KNOWN)
        String firstName,
    @Schema(nullable = true, description = RosterBookingResponse.NAME_NOT_YET_KNOWN)
        String lastName,
    @Schema(description = "CONFIRMED, CHECKED_IN or NO_SHOW") String status,
    @Schema(nullable = true, description = "null until checked in") Instant checkedInAt) {

  /** The names come with identity's user events; a roster may be read before they arrive. */
  static final String NAME_NOT_YET_KNOWN =
      "null while the member's profile has not reached the booking service";

  static RosterBookingResponse from(Attendee a) {
    return new RosterBookingResponse(
        a.booking().id(),
        a.booking().userId(),
        a.name().firstName(),
        a.name().lastName(),
        a.booking().status().name(),
        a.booking().checkedInAt());
  }
}
