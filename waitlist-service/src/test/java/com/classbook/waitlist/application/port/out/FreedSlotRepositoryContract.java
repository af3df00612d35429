package com.classbook.waitlist.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.waitlist.domain.FreedSlot;
import com.classbook.waitlist.domain.FreedSlotState;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FreedSlotRepository} does, run against the in-memory fake of the use-case tests
 * and against the MariaDB adapter, so that a use-case test on the fake proves something about the
 * service.
 */
public abstract class FreedSlotRepositoryContract {

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

  /** The repository under test. */
  protected abstract FreedSlotRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  private FreedSlot newSlot() {
    return FreedSlot.received(
        "slot-" + UUID.randomUUID(), UUID.randomUUID().toString(), now.minusSeconds(1));
  }

  private Optional<FreedSlot> find(String slotRef) {
    return inTransaction(() -> repository().find(slotRef));
  }

  @Test
  void aSeatIsRecordedOnceAndFoundAsReceived() {
    FreedSlot slot = newSlot();

    assertTrue(inTransaction(() -> repository().recordIfNew(slot)), "first delivery");
    assertFalse(inTransaction(() -> repository().recordIfNew(slot)), "a repeated delivery");

    assertEquals(Optional.of(slot), find(slot.slotRef()));
    assertEquals(Optional.empty(), find("slot-" + UUID.randomUUID()), "an unknown seat");
  }

  @Test
  void aPendingSeatIsResolvedExactlyOnce() {
    FreedSlot slot = newSlot();
    inTransaction(() -> repository().recordIfNew(slot));
    String entryId = UUID.randomUUID().toString();

    assertTrue(
        inTransaction(
            () -> repository().resolve(slot.slotRef(), FreedSlotState.PROMOTED, entryId, now)));
    assertFalse(
        inTransaction(
            () -> repository().resolve(slot.slotRef(), FreedSlotState.RELEASED, null, now)),
        "the guard: resolved already");

    FreedSlot resolved = find(slot.slotRef()).orElseThrow();
    assertEquals(FreedSlotState.PROMOTED, resolved.state());
    assertFalse(resolved.isPending());
  }

  @Test
  void aPostponedSeatCountsTheAttemptAndIsDueOnlyAtItsNextAttempt() {
    FreedSlot slot = newSlot();
    inTransaction(() -> repository().recordIfNew(slot));
    assertTrue(due(now).contains(slot.slotRef()), "received seats are due at once");

    Instant next = now.plus(Duration.ofMinutes(5));
    inTransaction(() -> repository().postpone(slot.slotRef(), next));

    FreedSlot postponed = find(slot.slotRef()).orElseThrow();
    assertEquals(1, postponed.attempts());
    assertEquals(next, postponed.nextAttemptAt());
    assertFalse(due(now).contains(slot.slotRef()), "not before its next attempt");
    assertTrue(due(next).contains(slot.slotRef()), "due at its next attempt");
  }

  @Test
  void aResolvedSeatIsNeverDue() {
    FreedSlot slot = newSlot();
    inTransaction(() -> repository().recordIfNew(slot));
    inTransaction(() -> repository().resolve(slot.slotRef(), FreedSlotState.RELEASED, null, now));

    assertFalse(due(now.plus(Duration.ofDays(1))).contains(slot.slotRef()));
  }

  private List<String> due(Instant at) {
    return inTransaction(() -> repository().due(at, 10_000)).stream()
        .map(FreedSlot::slotRef)
        .toList();
  }
}
