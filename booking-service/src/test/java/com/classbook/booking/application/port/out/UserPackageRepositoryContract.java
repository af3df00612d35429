package com.classbook.booking.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.domain.UserPackage;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserPackageRepository} does with the credit wallet, run against the in-memory
 * fake of the use-case tests and against the MariaDB adapter: a debit needs the version it read and
 * enough credits, a refund never fills a package above its credits.
 */
public abstract class UserPackageRepositoryContract {

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

  /** The repository under test. */
  protected abstract UserPackageRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  /** Stores {@code userPackage} as a purchase does. */
  protected abstract void givenPackage(UserPackage userPackage);

  private static String newMember() {
    return "member-" + UUID.randomUUID();
  }

  private UserPackage packageOf(String member, int remaining, Instant expiresAt, boolean expired) {
    UserPackage userPackage =
        new UserPackage(
            UUID.randomUUID().toString(),
            member,
            "pkg-" + UUID.randomUUID(),
            "SG",
            10,
            remaining,
            now.minus(Duration.ofDays(1)),
            expiresAt,
            expired,
            "txn_" + UUID.randomUUID(),
            0);
    givenPackage(userPackage);
    return userPackage;
  }

  private UserPackage packageWith(int remaining) {
    return packageOf(newMember(), remaining, now.plus(Duration.ofDays(30)), false);
  }

  private Optional<UserPackage> lock(String id) {
    return inTransaction(() -> repository().lockById(id));
  }

  /** Remaining credits and version of the package as stored. */
  private List<Long> stored(String id) {
    UserPackage read = lock(id).orElseThrow();
    return List.of((long) read.remainingCredits(), read.version());
  }

  private void debit(UserPackage read, int credits) {
    inTransaction(() -> repository().debit(read, credits));
  }

  private boolean refund(String id, int credits) {
    return inTransaction(() -> repository().refund(id, credits));
  }

  @Test
  void aStoredPackageIsLockedAsStoredAndAnUnknownOneIsNot() {
    UserPackage userPackage = packageWith(8);

    assertEquals(Optional.of(userPackage), lock(userPackage.id()));
    assertEquals(Optional.empty(), lock(UUID.randomUUID().toString()));
  }

  @Test
  void theOpenPackagesOfAMemberAreTheOnesNotFlaggedExpired() {
    String member = newMember();
    UserPackage open = packageOf(member, 8, now.plus(Duration.ofDays(30)), false);
    UserPackage flagged = packageOf(member, 8, now.minus(Duration.ofHours(1)), true);
    UserPackage pastItsExpiry = packageOf(member, 8, now.minus(Duration.ofHours(1)), false);
    packageOf(newMember(), 8, now.plus(Duration.ofDays(30)), false);

    List<UserPackage> found = inTransaction(() -> repository().findOpenOf(member));

    assertEquals(Set.of(open, pastItsExpiry), Set.copyOf(found), "not " + flagged.id());
    assertEquals(2, found.size());
    assertEquals(List.of(), inTransaction(() -> repository().findOpenOf(newMember())));
  }

  @Test
  void aDebitTakesTheCreditsFromTheVersionReadAndOnlyFromIt() {
    UserPackage read = packageWith(8);

    debit(read, 3);
    assertEquals(List.of(5L, 1L), stored(read.id()), "debited, a new version");

    assertThrows(ConcurrentUpdate.class, () -> debit(read, 3), "a stale read");
    assertEquals(List.of(5L, 1L), stored(read.id()));
  }

  @Test
  void aDebitNeverOverdraws() {
    UserPackage read = packageWith(2);

    assertThrows(ConcurrentUpdate.class, () -> debit(read, 3));
    assertEquals(List.of(2L, 0L), stored(read.id()));

    debit(read, 2);
    assertEquals(List.of(0L, 1L), stored(read.id()), "every last credit");
  }

  @Test
  void aDebitOfAPackageThatDoesNotExistFails() {
    UserPackage never =
        new UserPackage(
            UUID.randomUUID().toString(),
            newMember(),
            "pkg",
            "SG",
            10,
            10,
            now,
            now.plus(Duration.ofDays(30)),
            false,
            "txn_" + UUID.randomUUID(),
            0);

    assertThrows(ConcurrentUpdate.class, () -> debit(never, 1));
    assertEquals(Optional.empty(), lock(never.id()));
  }

  @Test
  void aRefundGivesCreditsBackButNeverAboveThePackagesCredits() {
    UserPackage userPackage = packageWith(6);

    assertTrue(refund(userPackage.id(), 3));
    assertEquals(List.of(9L, 1L), stored(userPackage.id()));
    assertFalse(refund(userPackage.id(), 2), "11 of 10 credits");
    assertEquals(List.of(9L, 1L), stored(userPackage.id()));
    assertTrue(refund(userPackage.id(), 1));
    assertEquals(List.of(10L, 2L), stored(userPackage.id()), "full again");
  }

  @Test
  void aRefundToAPackageThatDoesNotExistAnswersFalse() {
    assertFalse(refund(UUID.randomUUID().toString(), 1));
  }

  @Test
  void aMemberIsSerialisedAsOftenAsAskedWithoutChangingTheWallet() {
    UserPackage userPackage = packageWith(8);
    String member = userPackage.userId();

    inTransaction(
        () ->
            repository()
                .serialiseMember(member, now)
                .chain(() -> repository().serialiseMember(member, now.plusSeconds(1))));
    inTransaction(() -> repository().serialiseMember(member, now.plusSeconds(2)));
    inTransaction(() -> repository().serialiseMember(newMember(), now));

    assertEquals(Optional.of(userPackage), lock(userPackage.id()));
  }
}
