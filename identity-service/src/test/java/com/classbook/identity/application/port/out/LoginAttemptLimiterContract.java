package com.classbook.identity.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.platform.testing.MutableClock;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginAttemptLimiter} does, run against the in-memory fake of the use-case tests
 * and against the Redis adapter: attempts counted per account and per address in fixed windows that
 * start with their first attempt.
 */
public abstract class LoginAttemptLimiterContract {

  /** The limiter under test. */
  protected abstract LoginAttemptLimiter limiter();

  /** The clock the limiter reads. */
  protected abstract MutableClock clock();

  /** Waits for the item of {@code work}. */
  protected abstract <T> T await(Supplier<Uni<T>> work);

  protected abstract int accountLimit();

  protected abstract int addressLimit();

  protected abstract Duration window();

  @BeforeEach
  void stopTheClock() {
    clock().set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  @AfterEach
  void realTime() {
    clock().reset();
  }

  private static String uniqueEmail() {
    return "contract-" + UUID.randomUUID() + "@example.test";
  }

  private static String uniqueAddress() {
    return "contract-" + UUID.randomUUID();
  }

  private OptionalLong reserve(String email, String address) {
    return await(() -> limiter().reserveAttempt(email, address));
  }

  /** Reserves {@code count} attempts for the account, each from another address. */
  private void reserveGranted(String email, int count) {
    for (int i = 0; i < count; i++) {
      assertEquals(OptionalLong.empty(), reserve(email, uniqueAddress()), "attempt " + (i + 1));
    }
  }

  @Test
  void anAccountGetsItsAttemptsThenWaitsUntilItsWindowEnds() {
    String email = uniqueEmail();
    reserveGranted(email, accountLimit());

    assertEquals(OptionalLong.of(window().toSeconds()), reserve(email, uniqueAddress()));
    clock().advance(window().minusSeconds(60));
    assertEquals(OptionalLong.of(60), reserve(email, uniqueAddress()), "the rest of the window");
    clock().advance(Duration.ofSeconds(60));
    reserveGranted(email, accountLimit());
  }

  @Test
  void aRightPasswordForgetsTheAccountsFailures() {
    String email = uniqueEmail();
    String address = uniqueAddress();
    reserveGranted(email, accountLimit() - 1);
    reserve(email, address);

    await(() -> limiter().passwordAccepted(email, address));

    reserveGranted(email, accountLimit());
    assertEquals(OptionalLong.of(window().toSeconds()), reserve(email, uniqueAddress()));
  }

  @Test
  void anAttemptGivenBackDoesNotCountAndNothingIsGivenBackThatWasNotTaken() {
    String email = uniqueEmail();
    String address = uniqueAddress();
    await(() -> limiter().release(email, address));
    await(() -> limiter().passwordAccepted(uniqueEmail(), address));

    reserve(email, address);
    await(() -> limiter().release(email, address));
    await(() -> limiter().release(email, address));

    reserveGranted(email, accountLimit());
    assertEquals(OptionalLong.of(window().toSeconds()), reserve(email, uniqueAddress()));
  }

  @Test
  void anAddressOverItsLimitIsRefusedOnlyForAccountsItDoesNotKnowUntilItsWindowEnds() {
    String address = uniqueAddress();
    String known = uniqueEmail();
    reserve(known, address);
    await(() -> limiter().passwordAccepted(known, address));
    for (int i = 0; i < addressLimit(); i++) {
      assertEquals(OptionalLong.empty(), reserve(uniqueEmail(), address), "attempt " + (i + 1));
    }

    assertEquals(OptionalLong.of(window().toSeconds()), reserve(uniqueEmail(), address));
    assertEquals(OptionalLong.empty(), reserve(known, address), "the address knows this account");
    clock().advance(window());
    assertEquals(OptionalLong.empty(), reserve(uniqueEmail(), address));
  }
}
