package com.classbook.identity.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.domain.RefreshToken;
import com.classbook.identity.domain.Secrets;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokenRepository} does, run against the in-memory fake of the use-case
 * tests and against the MariaDB adapter.
 */
public abstract class RefreshTokenRepositoryContract {

  private static final Duration TTL = Duration.ofDays(14);
  private static final Duration FAMILY = Duration.ofDays(30);

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final Instant later = now.plusSeconds(60);

  /** The repository under test. */
  protected abstract RefreshTokenRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  private static String newHash() {
    return Secrets.hash(UUID.randomUUID().toString());
  }

  private RefreshToken saved(RefreshToken token) {
    inTransaction(() -> repository().save(token));
    return token;
  }

  private RefreshToken newFamily(UUID userId) {
    return saved(RefreshToken.startFamily(userId, newHash(), now, TTL, FAMILY));
  }

  private RefreshToken successorOf(RefreshToken token) {
    return saved(token.successor(newHash(), now, TTL, FAMILY));
  }

  private RefreshToken found(RefreshToken token) {
    return inTransaction(() -> repository().findByHash(token.tokenHash())).orElseThrow();
  }

  @Test
  void aSavedTokenIsFoundByItsHash() {
    RefreshToken token = newFamily(UUID.randomUUID());

    assertEquals(token, found(token));
    assertEquals(Optional.empty(), inTransaction(() -> repository().findByHash(newHash())));
  }

  @Test
  void aTokenIsRotatedOnlyOnceAndNeverAfterItsRevocation() {
    RefreshToken token = newFamily(UUID.randomUUID());

    assertTrue(inTransaction(() -> repository().markRotated(token.id(), later)));
    assertFalse(
        inTransaction(() -> repository().markRotated(token.id(), later)), "rotated already");
    assertEquals(later, found(token).rotatedAt());

    RefreshToken revoked = newFamily(UUID.randomUUID());
    inTransaction(() -> repository().revokeFamily(revoked.familyId(), later));
    assertFalse(inTransaction(() -> repository().markRotated(revoked.id(), later)), "revoked");
    assertEquals(null, found(revoked).rotatedAt());
    assertFalse(inTransaction(() -> repository().markRotated(UUID.randomUUID(), later)), "unknown");
  }

  @Test
  void revokingAFamilyRevokesEveryLinkOfItAndNoOtherFamily() {
    UUID userId = UUID.randomUUID();
    RefreshToken first = newFamily(userId);
    inTransaction(() -> repository().markRotated(first.id(), now));
    RefreshToken second = successorOf(first);
    RefreshToken otherSession = newFamily(userId);

    inTransaction(() -> repository().revokeFamily(first.familyId(), later));
    inTransaction(() -> repository().revokeFamily(first.familyId(), later.plusSeconds(1)));

    assertEquals(later, found(first).revokedAt());
    assertEquals(now, found(first).rotatedAt());
    assertEquals(later, found(second).revokedAt(), "the first revocation stands");
    assertEquals(null, found(otherSession).revokedAt());
  }

  @Test
  void revokingAllOfAUsersTokensLeavesOtherUsersAlone() {
    UUID userId = UUID.randomUUID();
    RefreshToken phone = newFamily(userId);
    RefreshToken laptop = newFamily(userId);
    RefreshToken someoneElse = newFamily(UUID.randomUUID());

    inTransaction(() -> repository().revokeAllOfUser(userId, later));

    assertEquals(later, found(phone).revokedAt());
    assertEquals(later, found(laptop).revokedAt());
    assertEquals(null, found(someoneElse).revokedAt());
  }
}
