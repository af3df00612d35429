package com.classbook.booking.domain;

import java.util.List;
import java.util.Optional;

/**
 * A member's active bookings as far as booking one class is concerned: the one of that class, if
 * any, and the time slots of those of other classes that have not ended.
 */
public record MemberBookings(Optional<Booking> ofClass, List<TimeSlot> otherSlots) {}
