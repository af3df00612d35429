package com.classbook.identity.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.Role;
import com.classbook.identity.domain.User;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} does, run against the in-memory fake of the use-case tests and
 * against the MariaDB adapter, so that a use-case test on the fake proves something about the
 * service.
 */
public abstract class UserRepositoryContract {

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

  /** The repository under test. */
  protected abstract UserRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  private static String uniqueEmail() {
    return "contract-" + UUID.randomUUID() + "@example.test";
  }

  private User newUser(String email) {
    return User.register(new EmailAddress(email), "hash-1", "Ada", "Lovelace", "SG", now).user();
  }

  private User inserted() {
    User user = newUser(uniqueEmail());
    inTransaction(() -> repository().insert(user));
    return user;
  }

  private Optional<User> findById(UUID id) {
    return inTransaction(() -> repository().findById(id));
  }

  /** What a user's row holds, for comparing a user read back with the one written. */
  private static List<Object> state(User u) {
    return List.of(
        u.id(),
        u.email(),
        u.passwordHash(),
        u.firstName(),
        u.lastName(),
        u.countryCode(),
        u.emailVerified(),
        u.role(),
        u.createdAt(),
        u.updatedAt());
  }

  @Test
  void anInsertedUserIsFoundByIdAndByCanonicalEmail() {
    User user = inserted();

    assertEquals(state(user), state(findById(user.id()).orElseThrow()));
    User byEmail =
        inTransaction(() -> repository().findByEmail(user.email().value())).orElseThrow();
    assertEquals(state(user), state(byEmail));
  }

  @Test
  void anUnknownIdOrEmailIsEmpty() {
    inserted();

    assertEquals(Optional.empty(), findById(UUID.randomUUID()));
    assertEquals(Optional.empty(), inTransaction(() -> repository().findByEmail(uniqueEmail())));
  }

  @Test
  void aLockedReadSeesWhatAReadSeesAndWritesThrough() {
    User user = inserted();

    assertEquals(Optional.empty(), inTransaction(() -> repository().lockById(UUID.randomUUID())));
    Instant later = now.plusSeconds(60);
    User changed =
        inTransaction(
            () ->
                repository()
                    .lockById(user.id())
                    .map(Optional::orElseThrow)
                    .invoke(locked -> assertEquals(state(user), state(locked)))
                    .invoke(locked -> locked.changePasswordHash("hash-2", later))
                    .call(locked -> repository().update(locked)));
    assertEquals(state(changed), state(findById(user.id()).orElseThrow()));
  }

  @Test
  void anEmailIsRegisteredOnceWhateverItsCase() {
    User first = inserted();
    User second = newUser(first.email().value().toUpperCase(Locale.ROOT));

    DomainProblem taken =
        assertThrows(DomainProblem.class, () -> inTransaction(() -> repository().insert(second)));
    assertEquals(ProblemCode.EMAIL_TAKEN, taken.code());
    assertEquals(Optional.empty(), findById(second.id()));
    assertEquals(state(first), state(findById(first.id()).orElseThrow()));
  }

  @Test
  void anUpdateStoresTheChangedStateAndOnlyAnUpdateDoes() {
    User user = inserted();
    User read = findById(user.id()).orElseThrow();
    Instant later = now.plusSeconds(60);
    read.changePasswordHash("hash-2", later);
    read.verifyEmail(later);
    read.updateProfile("Grace", "Hopper", "TV", later);
    read.changeRole(Role.STAFF, later);
    user.changeRole(Role.ADMIN, later);

    assertEquals(
        List.of("hash-1", false, "Ada", Role.MEMBER),
        stored(user.id()),
        "changed, but neither written");

    inTransaction(() -> repository().update(read));
    assertEquals(state(read), state(findById(user.id()).orElseThrow()));
    assertEquals(List.of("hash-2", true, "Grace", Role.STAFF), stored(user.id()));
  }

  private List<Object> stored(UUID id) {
    User u = findById(id).orElseThrow();
    return List.of(u.passwordHash(), u.emailVerified(), u.firstName(), u.role());
  }

  @Test
  void anAccountThatWasNeverInsertedCannotBeUpdated() {
    User never = newUser(uniqueEmail());

    assertThrows(
        IllegalStateException.class, () -> inTransaction(() -> repository().update(never)));
    assertEquals(Optional.empty(), findById(never.id()));
  }
}
