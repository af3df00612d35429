package com.classbook.kernel.event.booking;

/**
 * Seat counts of one class after a change, with the capacity in effect at the booking service;
 * feeds the catalog's availability view (key = class).
 */
public record AvailabilityChanged(
    String classId, int capacity, int freeSlots, int reservedSlots, int bookedSlots) {
  public static final String TYPE = "booking.AvailabilityChanged.v1";
}
