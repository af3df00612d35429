package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.domain.ClassRoster;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /api/v1/classes/{id}/roster: who is booked on a class and who waits for it. */
@Schema(
    description =
        "Who is booked on a class (by last name, then first name) and who waits for it (in join"
            + " order)")
public record RosterResponse(
    @JsonProperty("class") @Schema(name = "class", required = true) RosterClassResponse cls,
    @Schema(required = true) List<RosterBookingResponse> bookings,
    @Schema(description = "WAITING entries only, in join order", required = true)
        List<RosterWaitlistEntryResponse> waitlist) {

  static RosterResponse from(ClassRoster roster) {
    return new RosterResponse(
        RosterClassResponse.from(roster.cls(), roster.title()),
        roster.bookings().stream().map(RosterBookingResponse::from).toList(),
        roster.waitlist().stream().map(RosterWaitlistEntryResponse::from).toList());
  }
}
