package com.classbook.booking.application.service;

import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.SlotCounter;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.BookingProblems;
import com.classbook.booking.domain.ClassInventory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The cached free seats of each class: the fast refusal of a full class, only ever a copy of the
 * committed row (a write carries the class version and never replaces a newer one).
 */
@ApplicationScoped
public class FreeSeatsCache {

  private final SlotCounter counter;
  private final TransactionRunner tx;
  private final ClassInventoryRepository classes;

  public FreeSeatsCache(
      SlotCounter counter, TransactionRunner tx, ClassInventoryRepository classes) {
    this.counter = counter;
    this.tx = tx;
    this.classes = classes;
  }

  /**
   * Cached free seats of the class; on a miss they are read from the database and cached with SET
   * NX (never GET-then-SET). 404 CLASS_NOT_FOUND for an unknown class.
   */
  public Uni<Integer> freeSeats(String classId) {
    return counter
        .read(classId)
        .chain(
            cached ->
                cached.isPresent()
                    ? Uni.createFrom().item(cached.get())
                    : tx.inOwnSession(() -> classes.find(classId))
                        .chain(
                            found -> {
                              ClassInventory cls =
                                  found.orElseThrow(() -> BookingProblems.classNotFound(classId));
                              return counter
                                  .initialise(classId, cls.freeSlots(), cls.version())
                                  .replaceWith(cls.freeSlots());
                            }));
  }

  /** Copies the committed free seats of the class into the cache. */
  public Uni<Void> refresh(String classId) {
    return tx.inSession(() -> classes.find(classId))
        .chain(found -> found.map(this::publish).orElse(Uni.createFrom().voidItem()));
  }

  /** Caches the free seats of a committed class row. */
  public Uni<Void> publish(ClassInventory committed) {
    return counter.publish(committed.id(), committed.freeSlots(), committed.version());
  }
}
