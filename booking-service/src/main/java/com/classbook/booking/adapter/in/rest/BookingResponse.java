package com.classbook.booking.adapter.in.rest;

import java.time.Instant;

/** The booking resource of the public API. */
public record BookingResponse(
    String id,
    String classId,
    String userPackageId,
    int creditsUsed,
    String status,
    Instant bookedAt,
    Instant cancelledAt,
    Instant checkedInAt,
    boolean refunded) {}
