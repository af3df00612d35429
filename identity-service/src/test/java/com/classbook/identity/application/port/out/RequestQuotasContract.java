package com.classbook.identity.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.identity.application.port.out.RequestQuotas.Quota;
import com.classbook.identity.domain.RateLimit;
import com.classbook.platform.testing.MutableClock;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RequestQuotas} does, run against the in-memory fake of the use-case tests and
 * against the Redis adapter: units counted per name and subject in fixed windows that start with
 * their first unit.
 */
public abstract class RequestQuotasContract {

  private static final Duration HOUR = Duration.ofHours(1);

  /** The quotas under test. */
  protected abstract RequestQuotas quotas();

  /** The clock the quotas read. */
  protected abstract MutableClock clock();

  /** Waits for the item of {@code work}. */
  protected abstract <T> T await(Supplier<Uni<T>> work);

  @BeforeEach
  void stopTheClock() {
    clock().set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  @AfterEach
  void realTime() {
    clock().reset();
  }

  private static Quota quota(int max, Duration window) {
    return new Quota("contract", UUID.randomUUID().toString(), new RateLimit(max, window));
  }

  private OptionalLong take(Quota... quotas) {
    return await(() -> quotas().take(List.of(quotas)));
  }

  @Test
  void aQuotaGrantsItsUnitsThenWaitsUntilItsWindowEnds() {
    Quota quota = quota(3, HOUR);
    for (int i = 0; i < 3; i++) {
      assertEquals(OptionalLong.empty(), take(quota), "unit " + (i + 1));
    }

    assertEquals(OptionalLong.of(HOUR.toSeconds()), take(quota));
    clock().advance(HOUR.minusSeconds(60));
    assertEquals(OptionalLong.of(60), take(quota), "the rest of the window");
    clock().advance(Duration.ofSeconds(60));
    assertEquals(OptionalLong.empty(), take(quota));
  }

  @Test
  void aRefusedRequestUsesUpNothing() {
    Quota one = quota(1, HOUR);
    Quota two = quota(2, HOUR);
    assertEquals(OptionalLong.empty(), take(one, two));

    assertEquals(OptionalLong.of(HOUR.toSeconds()), take(one, two));

    assertEquals(OptionalLong.empty(), take(two), "the refusal took no unit of this one");
    assertEquals(OptionalLong.of(HOUR.toSeconds()), take(two));
  }

  @Test
  void aRefusalWaitsForTheExhaustedQuotaThatRenewsLast() {
    Quota hourly = quota(1, HOUR);
    Quota tenMinutes = quota(1, Duration.ofMinutes(10));
    Quota open = quota(5, Duration.ofDays(1));
    take(hourly);
    clock().advance(Duration.ofMinutes(20));
    take(tenMinutes);

    assertEquals(
        OptionalLong.of(Duration.ofMinutes(40).toSeconds()), take(tenMinutes, open, hourly));
  }

  @Test
  void eachNameAndSubjectCountsApart() {
    Quota quota = quota(1, HOUR);
    Quota otherSubject = new Quota(quota.name(), UUID.randomUUID().toString(), quota.limit());
    Quota otherName = new Quota("contract-other", quota.subject(), quota.limit());
    take(quota);

    assertEquals(OptionalLong.empty(), take(otherSubject));
    assertEquals(OptionalLong.empty(), take(otherName));
  }
}
