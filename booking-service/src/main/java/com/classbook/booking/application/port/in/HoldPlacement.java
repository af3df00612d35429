package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;

/** A hold and whether this request created it (false for a repeat of the same request). */
public record HoldPlacement(Booking hold, boolean created) {}
