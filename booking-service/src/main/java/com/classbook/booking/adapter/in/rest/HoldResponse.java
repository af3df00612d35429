package com.classbook.booking.adapter.in.rest;

import java.time.Instant;

/** A credit hold as the internal API returns it to the waitlist service. */
public record HoldResponse(
    String bookingId,
    String classId,
    String userId,
    String userPackageId,
    int creditsUsed,
    String status,
    Instant bookedAt) {}
