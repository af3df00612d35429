package com.classbook.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One link of a refresh-token family (one login session): each refresh rotates to a new link, and
 * presenting an already rotated link means the token leaked, so the whole family is revoked.
 */
public record RefreshToken(
    UUID id,
    UUID userId,
    UUID familyId,
    String tokenHash,
    Instant issuedAt,
    Instant expiresAt,
    Instant rotatedAt,
    Instant revokedAt) {

  public RefreshToken {
    Objects.requireNonNull(id);
    Objects.requireNonNull(userId);
    Objects.requireNonNull(familyId);
    Objects.requireNonNull(tokenHash);
    Objects.requireNonNull(issuedAt);
    Objects.requireNonNull(expiresAt);
  }

  /** The first token of a new session. */
  public static RefreshToken startFamily(UUID userId, String tokenHash, Instant now, Duration ttl) {
    return new RefreshToken(
        UUID.randomUUID(), userId, UUID.randomUUID(), tokenHash, now, now.plus(ttl), null, null);
  }

  /** The successor of this token in its family. */
  public RefreshToken successor(String newTokenHash, Instant now, Duration ttl) {
    return new RefreshToken(
        UUID.randomUUID(), userId, familyId, newTokenHash, now, now.plus(ttl), null, null);
  }

  /** What presenting this token means at {@code now}. */
  public RefreshVerdict verdict(Instant now) {
    if (revokedAt != null) {
      return RefreshVerdict.REVOKED;
    }
    if (rotatedAt != null) {
      return RefreshVerdict.REUSED;
    }
    if (!now.isBefore(expiresAt)) {
      return RefreshVerdict.EXPIRED;
    }
    return RefreshVerdict.USABLE;
  }

  /** The outcome of presenting a refresh token. */
  public enum RefreshVerdict {
    USABLE,
    EXPIRED,
    REVOKED,
    REUSED
  }
}
