package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.BookingProblems;
import com.classbook.booking.domain.ClassInventory;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the class replicas and their authoritative seat counts; seat moves are guarded. */
public interface ClassInventoryRepository {

  Uni<Optional<ClassInventory>> find(String classId);

  /** The class's title as the catalog last announced it. */
  Uni<Optional<String>> titleOf(String classId);

  /** Reads the latest committed row and locks it until the transaction ends. */
  Uni<Optional<ClassInventory>> lockById(String classId);

  /** {@link #lockById} of a class that must exist: 404 CLASS_NOT_FOUND when it does not. */
  default Uni<ClassInventory> lockExisting(String classId) {
    return lockById(classId)
        .map(found -> found.orElseThrow(() -> BookingProblems.classNotFound(classId)));
  }

  /**
   * free_slots - 1 only while a seat is free and the committed row is still bookable at {@code now}
   * (active, not cancelled, not started); returns the row after the update, locked, or empty when
   * the guard refused.
   */
  Uni<Optional<ClassInventory>> takeFreeSlot(String classId, Instant now);

  /** free_slots + 1 while the seat counts stay within capacity. */
  Uni<Boolean> returnFreeSlot(String classId);

  /** reserved_slots + 1 while the seat counts stay within capacity. */
  Uni<Boolean> reserveSlot(String classId);

  /** reserved_slots - 1 for a promotion (the seat becomes a booking). */
  Uni<Boolean> consumeReservedSlot(String classId);

  /** reserved_slots - 1, free_slots + 1. */
  Uni<Boolean> releaseReservedSlot(String classId);

  Uni<Void> insert(ClassInventory cls, String title, Instant now);

  /** Applies new schedule data, capacity and seat counts to the row read (version checked). */
  Uni<Void> update(ClassInventory latest, String title, Instant now);

  /**
   * Marks the class cancelled and withdraws its seats: nothing free, nothing reserved, so no
   * guarded seat update can take one afterwards.
   */
  Uni<Void> markCancelled(String classId, Instant now);

  /** Classes that have not ended at {@code now}. */
  Uni<List<ClassInventory>> notEnded(Instant now, int limit);
}
