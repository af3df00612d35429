package com.classbook.booking.application.service;

import com.classbook.booking.application.port.out.ClassLock;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The seat-moving skeleton shared by bookings, cancellations, promotions and slot releases: class
 * lock, one retried transaction, unlock, then the free-seats cache follows the commit. The
 * transaction's guarded updates are the correctness; lock and counter only spare the database the
 * contention.
 */
@ApplicationScoped
public class SlotAllocation {

  private final ClassLock lock;
  private final TransactionRunner tx;
  private final FreeSeatsCache freeSeats;
  private final BookingSettings settings;

  public SlotAllocation(
      ClassLock lock, TransactionRunner tx, FreeSeatsCache freeSeats, BookingSettings settings) {
    this.lock = lock;
    this.tx = tx;
    this.freeSeats = freeSeats;
    this.settings = settings;
  }

  /**
   * Runs {@code work} as one transaction under the class lock, retried when it lost a guarded
   * update. The lock covers the transaction alone: the counter takes the committed value after the
   * unlock, which is safe because a counter write never replaces a newer class version.
   */
  public <T> Uni<T> underClassLock(String classId, Supplier<Uni<Committed<T>>> work) {
    return lock.withLock(classId, () -> retried(work))
        .call(done -> done.seats().map(freeSeats::publish).orElse(Uni.createFrom().voidItem()))
        .map(Committed::value)
        .onFailure(SlotAllocation::isClassFull)
        .call(failure -> freeSeats.refresh(classId));
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

  private static boolean isClassFull(Throwable failure) {
    return failure instanceof DomainProblem problem && problem.code() == ProblemCode.CLASS_FULL;
  }
}
