package com.classbook.booking.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SlotCounter} does, run against the in-memory fake of the use-case tests and
 * against the Redis adapter: a rebuild never replaces a value, and no write replaces a newer class
 * version.
 */
public abstract class SlotCounterContract {

  private final String classId = UUID.randomUUID().toString();

  /** The counter under test. */
  protected abstract SlotCounter counter();

  /** Waits for the item of {@code work}. */
  protected abstract <T> T await(Supplier<Uni<T>> work);

  private Optional<Integer> read(String id) {
    return await(() -> counter().read(id));
  }

  private void initialise(int freeSlots, long version) {
    await(() -> counter().initialise(classId, freeSlots, version));
  }

  private void publish(int freeSlots, long version) {
    await(() -> counter().publish(classId, freeSlots, version));
  }

  @Test
  void aClassNeverCountedIsAMiss() {
    assertEquals(Optional.empty(), read(classId));
  }

  @Test
  void initialiseSetsOnlyAMissingCounter() {
    initialise(5, 1);
    initialise(9, 2);

    assertEquals(Optional.of(5), read(classId), "SET NX: the second rebuild changed nothing");
  }

  @Test
  void publishNeverReplacesANewerVersion() {
    publish(3, 7);
    publish(4, 6);
    assertEquals(Optional.of(3), read(classId), "a late writer of version 6 is ignored");

    publish(5, 7);
    assertEquals(Optional.of(5), read(classId), "the same version is written again");
    publish(2, 8);
    assertEquals(Optional.of(2), read(classId));
  }

  @Test
  void aRebuiltValueKeepsItsVersion() {
    initialise(5, 4);

    publish(6, 3);
    assertEquals(Optional.of(5), read(classId), "older than the rebuild");
    publish(4, 4);
    assertEquals(Optional.of(4), read(classId));
  }

  @Test
  void publishSetsAMissingCounterAndARebuildThenLeavesIt() {
    publish(2, 3);
    initialise(7, 9);

    assertEquals(Optional.of(2), read(classId));
  }

  @Test
  void eachClassHasItsOwnCounter() {
    String other = UUID.randomUUID().toString();
    publish(2, 5);
    await(() -> counter().publish(other, 6, 1));

    assertEquals(Optional.of(2), read(classId));
    assertEquals(Optional.of(6), read(other));
  }
}
