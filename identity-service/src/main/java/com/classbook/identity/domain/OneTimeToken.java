package com.classbook.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A single-use, expiring token sent by email; only its hash is kept, so a database leak does not
 * leak usable links.
 */
public record OneTimeToken(
    UUID id,
    UUID userId,
    TokenPurpose purpose,
    String tokenHash,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt) {

  public OneTimeToken {
    Objects.requireNonNull(id);
    Objects.requireNonNull(userId);
    Objects.requireNonNull(purpose);
    Objects.requireNonNull(tokenHash);
    Objects.requireNonNull(createdAt);
    Objects.requireNonNull(expiresAt);
  }

  /** A fresh token for the given secret's hash. */
  public static OneTimeToken issue(
      UUID userId, TokenPurpose purpose, String tokenHash, Instant now, Duration ttl) {
    return new OneTimeToken(
        UUID.randomUUID(), userId, purpose, tokenHash, now, now.plus(ttl), null);
  }

  /** Usable: for this purpose, never used and not yet expired. */
  public boolean usableFor(TokenPurpose wanted, Instant now) {
    return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
  }
}
