package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.in.PromoteFromWaitlistUseCase;
import com.classbook.waitlist.application.port.in.ReconcileWithBookingUseCase;
import com.classbook.waitlist.application.port.out.BookingHolds;
import com.classbook.waitlist.application.port.out.BookingHolds.ReservedSeat;
import com.classbook.waitlist.application.port.out.BookingHolds.WaitingHold;
import com.classbook.waitlist.application.port.out.FreedSlotRepository;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import com.classbook.waitlist.domain.EntryStatus;
import com.classbook.waitlist.domain.FreedSlot;
import com.classbook.waitlist.domain.ReleaseOutcome;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Compares the booking service's waiting holds and reserved seats with this service's entries and
 * freed seats, page by page. Every action it takes is one the regular flows take too (record a
 * freed seat once, release a hold idempotently), so two instances running it at once change nothing
 * twice.
 */
@ApplicationScoped
public class ReconcileWithBookingService implements ReconcileWithBookingUseCase {

  private static final Logger LOG = Logger.getLogger(ReconcileWithBookingService.class);

  private final BookingHolds holds;
  private final WaitlistEntryRepository entries;
  private final FreedSlotRepository slots;
  private final PromoteFromWaitlistUseCase promotions;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final Duration orphanAge;
  private final Duration holdsInterval;
  private final Duration seatGrace;
  private final int pageSize;

  ReconcileWithBookingService(
      BookingHolds holds,
      WaitlistEntryRepository entries,
      FreedSlotRepository slots,
      PromoteFromWaitlistUseCase promotions,
      TransactionRunner transactions,
      Clock clock,
      WaitlistSettings settings) {
    this.holds = holds;
    this.entries = entries;
    this.slots = slots;
    this.promotions = promotions;
    this.transactions = transactions;
    this.clock = clock;
    this.orphanAge = settings.orphanAge();
    this.holdsInterval = settings.holdsInterval();
    this.seatGrace = settings.seatGrace();
    this.pageSize = settings.batchSize();
  }

  @Override
  public Uni<Integer> adoptReservedSeats() {
    // Seats younger than the grace period are left to their announcement (BookingCancelled).
    Instant createdBefore = clock.instant().minus(seatGrace);
    return everyPage(
        after -> holds.reservedSeats(createdBefore, after, pageSize),
        ReservedSeat::slotRef,
        this::adopt);
  }

  private Uni<Boolean> adopt(ReservedSeat seat) {
    FreedSlot freed = FreedSlot.received(seat.slotRef(), seat.classId(), clock.instant());
    return transactions
        .inTransaction(() -> slots.recordIfNew(freed))
        .call(
            isNew -> {
              if (!isNew) {
                return Uni.createFrom().voidItem();
              }
              LOG.infof(
                  "seat %s of class %s reserved by the booking service taken up",
                  seat.slotRef(), seat.classId());
              // A failed attempt is postponed inside resolve; the retry job takes it from there.
              return promotions.resolve(seat.slotRef()).onFailure().recoverWithNull();
            });
  }

  @Override
  public Uni<Integer> releaseOrphanHolds() {
    Instant now = clock.instant();
    // Holds of classes starting before the next pass are checked whatever their age, so an orphan
    // is refunded by the start of its class.
    Instant placedBefore = now.minus(orphanAge);
    Instant classStartsBefore = now.plus(holdsInterval);
    return everyPage(
        after -> holds.waitingHolds(placedBefore, classStartsBefore, after, pageSize),
        WaitingHold::bookingId,
        this::releaseIfOrphan);
  }

  private Uni<Boolean> releaseIfOrphan(WaitingHold hold) {
    // The locking read waits for a join of this entry that is still in flight.
    return transactions
        .inTransaction(() -> entries.lockById(hold.requestId()))
        .chain(entry -> needsRelease(hold, entry) ? release(hold) : Uni.createFrom().item(false));
  }

  private static boolean needsRelease(WaitingHold hold, Optional<WaitlistEntry> entry) {
    if (entry.isEmpty()) {
      return true;
    }
    EntryStatus status = entry.get().status();
    if (status == EntryStatus.PROMOTED) {
      LOG.errorf(
          "hold %s is still waiting but its entry %s was promoted: left alone",
          hold.bookingId(), hold.requestId());
      return false;
    }
    return status != EntryStatus.WAITING;
  }

  private Uni<Boolean> release(WaitingHold hold) {
    LOG.warnf(
        "hold %s of class %s has no waiting entry (%s): releasing it with a refund",
        hold.bookingId(), hold.classId(), hold.requestId());
    return holds.release(hold.bookingId()).map(outcome -> outcome == ReleaseOutcome.RELEASED);
  }

  /** Runs {@code step} on every item of every page, in key order; a failed item is skipped. */
  private <T> Uni<Integer> everyPage(
      Function<String, Uni<List<T>>> page,
      Function<T, String> key,
      Function<T, Uni<Boolean>> step) {
    return pageAfter("", 0, page, key, step);
  }

  private <T> Uni<Integer> pageAfter(
      String after,
      int done,
      Function<String, Uni<List<T>>> page,
      Function<T, String> key,
      Function<T, Uni<Boolean>> step) {
    return page.apply(after)
        .chain(
            items ->
                Sequentially.count(items, item -> skipOnFailure(step.apply(item), key.apply(item)))
                    .chain(
                        count ->
                            items.size() < pageSize
                                ? Uni.createFrom().item(done + count)
                                : pageAfter(
                                    key.apply(items.get(items.size() - 1)),
                                    done + count,
                                    page,
                                    key,
                                    step)));
  }

  private static Uni<Boolean> skipOnFailure(Uni<Boolean> step, String key) {
    return step.onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf(
                  "reconciliation of %s postponed to the next pass: %s", key, failure.getMessage());
              return false;
            });
  }
}
