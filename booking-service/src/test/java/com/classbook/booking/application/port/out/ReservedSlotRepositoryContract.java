package com.classbook.booking.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.domain.ReservedSlot;
import com.classbook.booking.domain.ReservedSlot.State;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReservedSlotRepository} does, run against the in-memory fake of the use-case
 * tests and against the MariaDB adapter: a seat is reserved once and then consumed or released
 * exactly once.
 */
public abstract class ReservedSlotRepositoryContract {

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

  /** The repository under test. */
  protected abstract ReservedSlotRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  private String reserved(String classId) {
    String slotRef = newId();
    reserve(slotRef, classId);
    return slotRef;
  }

  private void reserve(String slotRef, String classId) {
    inTransaction(() -> repository().reserve(slotRef, classId, now));
  }

  private Optional<ReservedSlot> find(String slotRef, String classId) {
    return inTransaction(() -> repository().find(slotRef, classId));
  }

  private boolean consume(String slotRef, String classId, String bookingId) {
    return inTransaction(() -> repository().consume(slotRef, classId, bookingId));
  }

  private void release(String slotRef, String classId) {
    inTransaction(() -> repository().release(slotRef, classId));
  }

  private State state(String slotRef, String classId) {
    return find(slotRef, classId).orElseThrow().state();
  }

  @Test
  void aReservedSeatIsFoundUnderItsClassOnly() {
    String classId = newId();
    String slotRef = reserved(classId);

    assertEquals(
        Optional.of(new ReservedSlot(slotRef, classId, State.RESERVED, null)),
        find(slotRef, classId));
    assertEquals(Optional.empty(), find(slotRef, newId()), "another class");
    assertEquals(Optional.empty(), find(newId(), classId), "another seat");
  }

  @Test
  void aSlotRefIsReservedOnce() {
    String classId = newId();
    String slotRef = reserved(classId);
    String otherClass = newId();

    assertThrows(RuntimeException.class, () -> reserve(slotRef, otherClass));
    assertEquals(State.RESERVED, state(slotRef, classId));
    assertEquals(Optional.empty(), find(slotRef, otherClass));
  }

  @Test
  void aReservedSeatIsConsumedOnceByOneBooking() {
    String classId = newId();
    String slotRef = reserved(classId);
    String bookingId = newId();

    assertTrue(consume(slotRef, classId, bookingId));
    assertFalse(consume(slotRef, classId, newId()), "consumed already");
    assertThrows(ConcurrentUpdate.class, () -> release(slotRef, classId), "consumed already");
    assertEquals(
        Optional.of(new ReservedSlot(slotRef, classId, State.CONSUMED, bookingId)),
        find(slotRef, classId));
  }

  @Test
  void aReservedSeatIsReleasedOnce() {
    String classId = newId();
    String slotRef = reserved(classId);

    release(slotRef, classId);
    assertThrows(ConcurrentUpdate.class, () -> release(slotRef, classId), "released already");
    assertFalse(consume(slotRef, classId, newId()), "released already");
    assertEquals(
        Optional.of(new ReservedSlot(slotRef, classId, State.RELEASED, null)),
        find(slotRef, classId));
  }

  @Test
  void aSeatIsNeitherConsumedNorReleasedUnderAnotherClassOrRef() {
    String classId = newId();
    String slotRef = reserved(classId);
    String otherClass = newId();
    String unknown = newId();

    assertFalse(consume(slotRef, otherClass, newId()));
    assertThrows(ConcurrentUpdate.class, () -> release(slotRef, otherClass));
    assertFalse(consume(unknown, classId, newId()));
    assertThrows(ConcurrentUpdate.class, () -> release(unknown, classId));
    assertEquals(State.RESERVED, state(slotRef, classId));
  }

  @Test
  void releasingAllOfAClassReleasesItsReservedSeatsOnly() {
    String classId = newId();
    String first = reserved(classId);
    String second = reserved(classId);
    String consumed = reserved(classId);
    consume(consumed, classId, newId());
    String otherClass = newId();
    String ofOtherClass = reserved(otherClass);

    assertEquals(2, inTransaction(() -> repository().releaseAllOf(classId)));
    assertEquals(State.RELEASED, state(first, classId));
    assertEquals(State.RELEASED, state(second, classId));
    assertEquals(State.CONSUMED, state(consumed, classId));
    assertEquals(State.RESERVED, state(ofOtherClass, otherClass));
    assertEquals(0, inTransaction(() -> repository().releaseAllOf(classId)), "none left");
  }
}
