package com.classbook.booking.adapter.in.rest;

/** A seat reserved for the waitlist's promotion and not used yet. */
public record ReservedSeatResponse(String slotRef, String classId) {}
