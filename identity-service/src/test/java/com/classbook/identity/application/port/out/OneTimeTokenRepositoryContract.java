package com.classbook.identity.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.domain.OneTimeToken;
import com.classbook.identity.domain.Secrets;
import com.classbook.identity.domain.TokenPurpose;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OneTimeTokenRepository} does, run against the in-memory fake of the use-case
 * tests and against the MariaDB adapter.
 */
public abstract class OneTimeTokenRepositoryContract {

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final Instant later = now.plusSeconds(60);

  /** The repository under test. */
  protected abstract OneTimeTokenRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  private OneTimeToken saved(UUID userId, TokenPurpose purpose) {
    OneTimeToken token =
        OneTimeToken.issue(
            userId, purpose, Secrets.hash(UUID.randomUUID().toString()), now, Duration.ofHours(1));
    inTransaction(() -> repository().save(token));
    return token;
  }

  private OneTimeToken found(OneTimeToken token) {
    return inTransaction(() -> repository().findByHash(token.tokenHash())).orElseThrow();
  }

  @Test
  void aSavedTokenIsFoundByItsHash() {
    OneTimeToken token = saved(UUID.randomUUID(), TokenPurpose.EMAIL_VERIFICATION);

    assertEquals(token, found(token));
    assertEquals(
        Optional.empty(),
        inTransaction(() -> repository().findByHash(Secrets.hash(UUID.randomUUID().toString()))));
  }

  @Test
  void aTokenIsConsumedExactlyOnce() {
    OneTimeToken token = saved(UUID.randomUUID(), TokenPurpose.PASSWORD_RESET);

    assertTrue(inTransaction(() -> repository().consume(token.id(), later)));
    assertFalse(inTransaction(() -> repository().consume(token.id(), later)), "used already");
    assertEquals(later, found(token).usedAt());
    assertFalse(inTransaction(() -> repository().consume(UUID.randomUUID(), later)), "unknown");
  }

  @Test
  void invalidationUsesUpOnlyTheOpenTokensOfThatUserAndPurpose() {
    UUID userId = UUID.randomUUID();
    OneTimeToken used = saved(userId, TokenPurpose.EMAIL_VERIFICATION);
    inTransaction(() -> repository().consume(used.id(), now));
    OneTimeToken open = saved(userId, TokenPurpose.EMAIL_VERIFICATION);
    OneTimeToken alsoOpen = saved(userId, TokenPurpose.EMAIL_VERIFICATION);
    OneTimeToken reset = saved(userId, TokenPurpose.PASSWORD_RESET);
    OneTimeToken someoneElses = saved(UUID.randomUUID(), TokenPurpose.EMAIL_VERIFICATION);

    inTransaction(
        () -> repository().invalidateOpen(userId, TokenPurpose.EMAIL_VERIFICATION, later));

    assertEquals(later, found(open).usedAt());
    assertEquals(later, found(alsoOpen).usedAt());
    assertEquals(now, found(used).usedAt(), "used before: its time stays");
    assertEquals(null, found(reset).usedAt(), "another purpose");
    assertEquals(null, found(someoneElses).usedAt(), "another user");
  }
}
