package com.classbook.waitlist.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.waitlist.domain.ScheduledClass;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClassScheduleRepository} does, run against the in-memory fake of the use-case
 * tests and against the MariaDB adapter.
 */
public abstract class ClassScheduleRepositoryContract {

  private final Instant start =
      Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);

  /** The repository under test. */
  protected abstract ClassScheduleRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  private ScheduledClass scheduled(String id, Instant at, boolean active, boolean cancelled) {
    return new ScheduledClass(id, at, at.plus(Duration.ofHours(1)), active, cancelled);
  }

  private Optional<ScheduledClass> find(String id) {
    return inTransaction(() -> repository().find(id));
  }

  @Test
  void aClassIsStoredAndReplacedByItsLaterState() {
    String id = UUID.randomUUID().toString();
    ScheduledClass first = scheduled(id, start, true, false);
    ScheduledClass moved = scheduled(id, start.plus(Duration.ofHours(3)), false, false);

    inTransaction(() -> repository().upsert(first));
    assertEquals(Optional.of(first), find(id));
    inTransaction(() -> repository().upsert(moved));

    assertEquals(Optional.of(moved), find(id));
    assertEquals(Optional.empty(), find(UUID.randomUUID().toString()), "an unknown class");
  }

  @Test
  void aCancellationIsNeverUndoneByALaterEvent() {
    String id = UUID.randomUUID().toString();
    inTransaction(() -> repository().upsert(scheduled(id, start, true, true)));

    inTransaction(() -> repository().upsert(scheduled(id, start, true, false)));

    assertEquals(Optional.of(scheduled(id, start, true, true)), find(id));
  }
}
