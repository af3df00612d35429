package com.classbook.booking.adapter.in.rest;

import java.time.Instant;

/** The userPackage resource of the public API. */
public record UserPackageResponse(
    String id,
    String packageId,
    String name,
    String countryCode,
    int credits,
    int remainingCredits,
    Instant purchasedAt,
    Instant expiresAt,
    boolean expired,
    String transactionId) {}
