package com.classbook.kernel.event.booking;

import java.util.List;

/**
 * A booking's state after one of its transitions; the envelope type names the transition (key =
 * booking id).
 */
public record BookingEvent(
    String bookingId,
    String userId,
    String classId,
    String userPackageId,
    int creditsUsed,
    String status,
    boolean refunded,
    boolean slotReservedForWaitlist) {
  public static final String CONFIRMED = "booking.BookingConfirmed.v1";
  public static final String CANCELLED = "booking.BookingCancelled.v1";
  public static final String CHECKED_IN = "booking.BookingCheckedIn.v1";
  public static final String NO_SHOW = "booking.BookingNoShow.v1";
  public static final String HOLD_PLACED = "booking.HoldPlaced.v1";
  public static final String HOLD_PROMOTED = "booking.HoldPromoted.v1";
  public static final String HOLD_RELEASED = "booking.HoldReleased.v1";

  /**
   * The values of {@code status}: booking-service's BookingStatus (WAITLISTED is a credit hold).
   */
  public static final List<String> STATUSES =
      List.of("CONFIRMED", "WAITLISTED", "CANCELLED", "CHECKED_IN", "NO_SHOW");
}
