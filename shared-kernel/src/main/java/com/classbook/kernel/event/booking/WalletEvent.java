package com.classbook.kernel.event.booking;

import java.time.Instant;

/**
 * A change to one user package's credits; {@code delta} is signed and {@code remainingCredits} is
 * the balance after it (key = user package id).
 */
public record WalletEvent(
    String userPackageId,
    String userId,
    String packageId,
    String countryCode,
    int credits,
    int remainingCredits,
    int delta,
    String bookingId,
    String transactionId,
    Instant expiresAt) {
  public static final String PURCHASED = "booking.PackagePurchased.v1";
  public static final String DEBITED = "booking.CreditsDebited.v1";
  public static final String REFUNDED = "booking.CreditsRefunded.v1";
  public static final String EXPIRED = "booking.PackageExpired.v1";
}
