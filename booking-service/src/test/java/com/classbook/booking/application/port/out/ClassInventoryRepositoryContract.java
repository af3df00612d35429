package com.classbook.booking.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.domain.ClassInventory;
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
 * What every {@link ClassInventoryRepository} does with a class's seats, run against the in-memory
 * fake of the use-case tests and against the MariaDB adapter: each seat move is guarded so that the
 * free and reserved seats never add up to more than the capacity nor fall below zero.
 */
public abstract class ClassInventoryRepositoryContract {

  private final Instant start =
      Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MICROS);

  /** The repository under test. */
  protected abstract ClassInventoryRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  /** Stores {@code cls} as the catalog's replica does when the class is scheduled. */
  protected abstract void givenClass(ClassInventory cls);

  private ClassInventory classWith(int capacity, int free, int reserved) {
    ClassInventory cls =
        new ClassInventory(
            UUID.randomUUID().toString(),
            "SG",
            start,
            start.plus(Duration.ofHours(1)),
            capacity,
            free,
            reserved,
            2,
            true,
            false,
            0);
    givenClass(cls);
    return cls;
  }

  private Optional<ClassInventory> find(String classId) {
    return inTransaction(() -> repository().find(classId));
  }

  /** Free seats, reserved seats and version of the class as stored. */
  private List<Long> seats(String classId) {
    ClassInventory cls = find(classId).orElseThrow();
    return List.of((long) cls.freeSlots(), (long) cls.reservedSlots(), cls.version());
  }

  @Test
  void aStoredClassIsFoundAndLockedAsStored() {
    ClassInventory cls = classWith(5, 3, 1);

    assertEquals(Optional.of(cls), find(cls.id()));
    assertEquals(Optional.of(cls), inTransaction(() -> repository().lockById(cls.id())));
  }

  @Test
  void anUnknownClassIsNeitherFoundNorLocked() {
    String unknown = UUID.randomUUID().toString();

    assertEquals(Optional.empty(), find(unknown));
    assertEquals(Optional.empty(), inTransaction(() -> repository().lockById(unknown)));
  }

  @Test
  void aSeatReturnsToThePublicPoolOnlyWhileTheCountsStayWithinCapacity() {
    ClassInventory cls = classWith(3, 1, 1);

    assertTrue(inTransaction(() -> repository().returnFreeSlot(cls.id())));
    assertEquals(List.of(2L, 1L, 1L), seats(cls.id()), "one more free seat, a new version");
    assertFalse(inTransaction(() -> repository().returnFreeSlot(cls.id())), "at capacity");
    assertEquals(List.of(2L, 1L, 1L), seats(cls.id()));
  }

  @Test
  void aSeatIsReservedForTheWaitlistOnlyWhileTheCountsStayWithinCapacity() {
    ClassInventory cls = classWith(3, 1, 0);

    assertTrue(inTransaction(() -> repository().reserveSlot(cls.id())));
    assertTrue(inTransaction(() -> repository().reserveSlot(cls.id())));
    assertEquals(List.of(1L, 2L, 2L), seats(cls.id()));
    assertFalse(inTransaction(() -> repository().reserveSlot(cls.id())), "at capacity");
    assertEquals(List.of(1L, 2L, 2L), seats(cls.id()));
  }

  @Test
  void aReservedSeatIsConsumedOrReleasedOnlyWhileOneIsReserved() {
    ClassInventory cls = classWith(3, 0, 2);

    assertTrue(inTransaction(() -> repository().consumeReservedSlot(cls.id())));
    assertEquals(List.of(0L, 1L, 1L), seats(cls.id()), "the seat became a booking");
    assertTrue(inTransaction(() -> repository().releaseReservedSlot(cls.id())));
    assertEquals(List.of(1L, 0L, 2L), seats(cls.id()), "the seat went to the public pool");

    assertFalse(inTransaction(() -> repository().consumeReservedSlot(cls.id())));
    assertFalse(inTransaction(() -> repository().releaseReservedSlot(cls.id())));
    assertEquals(List.of(1L, 0L, 2L), seats(cls.id()));
  }

  @Test
  void noSeatMovesInAClassThatDoesNotExist() {
    String unknown = UUID.randomUUID().toString();

    assertFalse(inTransaction(() -> repository().returnFreeSlot(unknown)));
    assertFalse(inTransaction(() -> repository().reserveSlot(unknown)));
    assertFalse(inTransaction(() -> repository().consumeReservedSlot(unknown)));
    assertFalse(inTransaction(() -> repository().releaseReservedSlot(unknown)));
    assertEquals(Optional.empty(), find(unknown));
  }
}
