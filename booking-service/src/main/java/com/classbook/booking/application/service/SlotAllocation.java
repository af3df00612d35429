package com.classbook.booking.application.service;

import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ClassLock;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.SlotCounter;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.BookingProblems;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The seat-moving skeleton shared by bookings, cancellations, promotions and slot releases: counter
 * fast path, class lock, one retried transaction, unlock, counter update from the commit. The
 * transaction's guarded updates are the correctness; lock and counter only spare the database the
 * contention.
 */
@ApplicationScoped
public class SlotAllocation {

  private final ClassLock lock;
  private final SlotCounter counter;
  private final TransactionRunner tx;
  private final ClassInventoryRepository classes;
  private final BookingSettings settings;

  public SlotAllocation(
      ClassLock lock,
      SlotCounter counter,
      TransactionRunner tx,
      ClassInventoryRepository classes,
      BookingSettings settings) {
    this.lock = lock;
    this.counter = counter;
    this.tx = tx;
    this.classes = classes;
    this.settings = settings;
  }

  /**
   * Cached free seats of the class; on a miss they are read from the database and cached with SET
   * NX (never GET-then-SET). 404 CLASS_NOT_FOUND for an unknown class.
   */
  public Uni<Integer> cachedFreeSlots(String classId) {
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

  /**
   * Runs {@code work} as one transaction under the class lock, retried when it lost a guarded
   * update. The lock covers the transaction alone: the counter takes the committed value after the
   * unlock, which is safe because a counter write never replaces a newer class version.
   */
  public <T> Uni<T> underClassLock(String classId, Supplier<Uni<Committed<T>>> work) {
    return lock.withLock(classId, () -> retried(work))
        .call(done -> done.seats().map(this::publish).orElse(Uni.createFrom().voidItem()))
        .map(Committed::value)
        .onFailure(SlotAllocation::isClassFull)
        .call(failure -> refreshCounter(classId));
  }

  /**
   * One transaction of its own, attempted again (from scratch) while it loses guarded updates. Seat
   * and money moves start at the edge of a request or job, never inside another transaction.
   */
  public <T> Uni<T> retried(Supplier<Uni<T>> work) {
    return Uni.createFrom()
        .deferred(() -> tx.inOwnTransaction(work))
        .onFailure(ConcurrentUpdate.class)
        .retry()
        .atMost(Math.max(0, settings.maxAttempts() - 1))
        .onFailure(ConcurrentUpdate.class)
        .transform(
            failure ->
                new DomainProblem(
                    ProblemCode.SERVICE_UNAVAILABLE,
                    "too many concurrent changes to the same class or package; retry"));
  }

  /** Copies the committed free seats of the class into the counter cache. */
  public Uni<Void> refreshCounter(String classId) {
    return tx.inSession(() -> classes.find(classId))
        .chain(found -> found.map(this::publish).orElse(Uni.createFrom().voidItem()));
  }

  public Uni<Void> publish(ClassInventory committed) {
    return counter.publish(committed.id(), committed.freeSlots(), committed.version());
  }

  private static boolean isClassFull(Throwable failure) {
    return failure instanceof DomainProblem problem && problem.code() == ProblemCode.CLASS_FULL;
  }
}
