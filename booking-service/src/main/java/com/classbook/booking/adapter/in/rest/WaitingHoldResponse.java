package com.classbook.booking.adapter.in.rest;

import java.time.Instant;

/** A hold still WAITLISTED, with the request id the waitlist placed it under (its entry id). */
public record WaitingHoldResponse(
    String bookingId, String requestId, String classId, String userId, Instant bookedAt) {}
