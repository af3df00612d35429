package com.classbook.booking.domain;

import java.time.Instant;

/**
 * A credit package a member bought (the wallet): credits spend only on classes of its country and
 * only while it is valid at the class start (I3: credits = remaining + unrefunded credits used).
 */
public record UserPackage(
    String id,
    String userId,
    String packageId,
    String countryCode,
    int credits,
    int remainingCredits,
    Instant purchasedAt,
    Instant expiresAt,
    boolean expired,
    String transactionId,
    long version) {

  /** Right country, not expired now and still valid when the class starts. */
  public boolean validFor(ClassInventory cls, Instant now) {
    return !expired
        && expiresAt.isAfter(now)
        && expiresAt.isAfter(cls.startTime())
        && countryCode.equals(cls.countryCode());
  }

  public boolean covers(int requiredCredits) {
    return remainingCredits >= requiredCredits;
  }

  /** The package pays {@code credits} for the booking or hold {@code bookingId}. */
  public WalletFact.Debited debit(int credits, String bookingId) {
    return new WalletFact.Debited(withRemaining(remainingCredits - credits), credits, bookingId);
  }

  /** Credits paid for {@code bookingId} come back to the package. */
  public WalletFact.Refunded refund(int credits, String bookingId) {
    return new WalletFact.Refunded(withRemaining(remainingCredits + credits), credits, bookingId);
  }

  /** The package's validity ended; its remaining credits can no longer be spent. */
  public WalletFact.Expired expire() {
    return new WalletFact.Expired(
        new UserPackage(
            id,
            userId,
            packageId,
            countryCode,
            credits,
            remainingCredits,
            purchasedAt,
            expiresAt,
            true,
            transactionId,
            version + 1));
  }

  private UserPackage withRemaining(int remaining) {
    return new UserPackage(
        id,
        userId,
        packageId,
        countryCode,
        credits,
        remaining,
        purchasedAt,
        expiresAt,
        expired,
        transactionId,
        version + 1);
  }
}
