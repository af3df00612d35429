package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.domain.ClassInventory;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A class as the booking service knows it: its replica of the catalog's class and the seat counts
 * it keeps (freeSlots + reservedSlots + bookedSlots = capacity).
 */
@Schema(
    description =
        "The class as the booking service knows it (its replica of the catalog's class) with the"
            + " seat counts it keeps: freeSlots + reservedSlots + bookedSlots = capacity")
public record RosterClassResponse(
    String id,
    String title,
    String countryCode,
    Instant startTime,
    Instant endTime,
    int capacity,
    int requiredCredits,
    boolean active,
    boolean cancelled,
    @Schema(description = "seats anyone may book") int freeSlots,
    @Schema(description = "seats freed while members waited, kept for the waitlist's promotion")
        int reservedSlots,
    @Schema(description = "seats of CONFIRMED, CHECKED_IN and NO_SHOW bookings") int bookedSlots) {

  static RosterClassResponse from(ClassInventory c, String title) {
    return new RosterClassResponse(
        c.id(),
        title,
        c.countryCode(),
        c.startTime(),
        c.endTime(),
        c.capacity(),
        c.requiredCredits(),
        c.active(),
        c.cancelled(),
        c.freeSlots(),
        c.reservedSlots(),
        c.bookedSlots());
  }
}
