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
  public UserPackage purchasedBy(String userPackageId, String userId, Instant now, String txId) {
    return new UserPackage(
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
        0);
  }
}
