package com.classbook.booking.domain;

import com.classbook.kernel.value.Money;
import java.time.Duration;
import java.time.Instant;

/** A credit package the catalog sells, as replicated into the booking service. */
public record PackageOffer(
    String id,
    String name,
    int credits,
    Money price,
    String countryCode,
    int validityDays,
    boolean active) {

  /** The wallet entry a successful purchase creates: full credits, expiry from validity days. */
  /** A member buys the package: a new one in their wallet, paid by the charge {@code txId}. */
  public WalletFact.Purchased purchase(
      String userPackageId, String userId, Instant now, String txId) {
    return new WalletFact.Purchased(
        new UserPackage(
            userPackageId,
            userId,
            id,
            countryCode,
            credits,
            credits,
            now,
            now.plus(Duration.ofDays(validityDays)),
            false,
            txId,
            0));
  }
}
