package com.classbook.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One link of a refresh-token family (one login session): each refresh rotates to a new link, and
 * presenting an already rotated link means the token leaked, so the whole family is revoked. A
 * family lives at most a fixed time from its login, however often it is refreshed.
 */
public record RefreshToken(
    UUID id,
    UUID userId,
    UUID familyId,
    String tokenHash,
    Instant familyStartedAt,
    Instant issuedAt,
    Instant expiresAt,
    Instant rotatedAt,
    Instant revokedAt) {

  public RefreshToken {
    Objects.requireNonNull(id);
    Objects.requireNonNull(userId);
    Objects.requireNonNull(familyId);
    Objects.requireNonNull(tokenHash);
    Objects.requireNonNull(familyStartedAt);
    Objects.requireNonNull(issuedAt);
    Objects.requireNonNull(expiresAt);
  }

  /** The first token of a new session. */
  public static RefreshToken startFamily(
      UUID userId, String tokenHash, Instant now, Duration ttl, Duration familyMaxLifetime) {
    return new RefreshToken(
        UUID.randomUUID(),
        userId,
        UUID.randomUUID(),
        tokenHash,
        now,
        now,
        earlier(now.plus(ttl), now.plus(familyMaxLifetime)),
        null,
        null);
  }

  /** The successor of this token in its family; it never outlives the family. */
  public RefreshToken successor(
      String newTokenHash, Instant now, Duration ttl, Duration familyMaxLifetime) {
    return new RefreshToken(
        UUID.randomUUID(),
        userId,
        familyId,
        newTokenHash,
        familyStartedAt,
        now,
        earlier(now.plus(ttl), familyEnd(familyMaxLifetime)),
        null,
        null);
  }

  /** What presenting this token means at {@code now}. */
  public RefreshVerdict verdict(Instant now, Duration familyMaxLifetime) {
    if (revokedAt != null) {
      return RefreshVerdict.REVOKED;
    }
    if (rotatedAt != null) {
      return RefreshVerdict.REUSED;
    }
    if (!now.isBefore(familyEnd(familyMaxLifetime))) {
      return RefreshVerdict.FAMILY_EXPIRED;
    }
    if (!now.isBefore(expiresAt)) {
      return RefreshVerdict.EXPIRED;
    }
    return RefreshVerdict.USABLE;
  }

  private Instant familyEnd(Duration familyMaxLifetime) {
    return familyStartedAt.plus(familyMaxLifetime);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** The outcome of presenting a refresh token. */
  public enum RefreshVerdict {
    USABLE,
    EXPIRED,
    /** The session reached its absolute maximum lifetime: it ends, the user signs in again. */
    FAMILY_EXPIRED,
    REVOKED,
    REUSED
  }
}
