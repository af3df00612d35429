package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.HousekeepingUseCase;
import com.classbook.booking.application.port.out.BookingMetrics;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.SlotCounter;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.UserPackage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The periodic jobs. Rows are claimed with SELECT ... FOR UPDATE SKIP LOCKED and changed with
 * guarded updates, so instances running at once never process the same row twice.
 */
@ApplicationScoped
public class HousekeepingService implements HousekeepingUseCase {

  private static final int COUNTER_REBUILD_LIMIT = 5000;

  private final TransactionRunner tx;
  private final BookingRepository bookings;
  private final UserPackageRepository wallet;
  private final ClassInventoryRepository classes;
  private final SlotCounter counter;
  private final EventPublisher events;
  private final BookingSettings settings;
  private final BookingMetrics metrics;
  private final Clock clock;

  public HousekeepingService(
      TransactionRunner tx,
      BookingRepository bookings,
      UserPackageRepository wallet,
      ClassInventoryRepository classes,
      SlotCounter counter,
      EventPublisher events,
      BookingSettings settings,
      BookingMetrics metrics,
      Clock clock) {
    this.tx = tx;
    this.bookings = bookings;
    this.wallet = wallet;
    this.classes = classes;
    this.counter = counter;
    this.events = events;
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public Uni<Integer> markNoShows() {
    Instant now = clock.instant();
    return tx.inTransaction(
            () ->
                bookings
                    .claimUncheckedOfEndedClasses(now, settings.jobBatchSize())
                    .chain(this::markEachNoShow))
        .invoke(metrics::noShows);
  }

  private Uni<Integer> markEachNoShow(List<Booking> claimed) {
    Uni<Integer> count = Uni.createFrom().item(0);
    for (Booking booking : claimed) {
      BookingFact.NoShow noShow = booking.markNoShow();
      count =
          count.chain(
              done ->
                  bookings
                      .transition(booking, noShow.booking())
                      .chain(() -> events.publish(noShow))
                      .replaceWith(done + 1)
                      // Checked in or cancelled since it was claimed: not a no-show after all.
                      .onFailure(ConcurrentUpdate.class)
                      .recoverWithItem(done));
    }
    return count;
  }

  @Override
  public Uni<Integer> expirePackages() {
    Instant now = clock.instant();
    return tx.inTransaction(
        () -> wallet.claimExpired(now, settings.jobBatchSize()).chain(this::expireEach));
  }

  private Uni<Integer> expireEach(List<UserPackage> claimed) {
    Uni<Integer> count = Uni.createFrom().item(0);
    for (UserPackage userPackage : claimed) {
      count =
          count.chain(
              done ->
                  wallet
                      .markExpired(userPackage)
                      .chain(
                          changed ->
                              changed
                                  ? events.publish(userPackage.expire()).replaceWith(done + 1)
                                  : Uni.createFrom().item(done)));
    }
    return count;
  }

  @Override
  public Uni<Integer> rebuildCounters() {
    return tx.inSession(() -> classes.notEnded(clock.instant(), COUNTER_REBUILD_LIMIT))
        .chain(
            upcoming -> {
              Uni<Integer> count = Uni.createFrom().item(0);
              for (ClassInventory cls : upcoming) {
                // Version-checked: corrects a wrong value, never replaces one of a newer version.
                count = count.call(() -> counter.publish(cls.id(), cls.freeSlots(), cls.version()));
              }
              return count.replaceWith(upcoming.size());
            });
  }
}
