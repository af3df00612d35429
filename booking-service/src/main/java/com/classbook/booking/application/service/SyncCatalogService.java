package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.SyncCatalogUseCase;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.PackageCatalog;
import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.booking.domain.CapacityChange;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.PackageOffer;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.kernel.value.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies the catalog's class and package states to the replicas; a cancelled class cancels and
 * refunds every booking and hold exactly once (inbox plus guarded transitions), and capacity
 * changes are decided here, where the seats are counted.
 */
@ApplicationScoped
public class SyncCatalogService implements SyncCatalogUseCase {

  private static final Logger LOG = Logger.getLogger(SyncCatalogService.class);

  private final TransactionRunner tx;
  private final FreeSeatsCache freeSeats;
  private final Eligibility eligibility;
  private final ClassInventoryRepository classes;
  private final BookingRepository bookings;
  private final ReservedSlotRepository reservedSlots;
  private final PackageCatalog packages;
  private final EventPublisher events;
  private final Clock clock;

  public SyncCatalogService(
      TransactionRunner tx,
      FreeSeatsCache freeSeats,
      Eligibility eligibility,
      ClassInventoryRepository classes,
      BookingRepository bookings,
      ReservedSlotRepository reservedSlots,
      PackageCatalog packages,
      EventPublisher events,
      Clock clock) {
    this.tx = tx;
    this.freeSeats = freeSeats;
    this.eligibility = eligibility;
    this.classes = classes;
    this.bookings = bookings;
    this.reservedSlots = reservedSlots;
    this.packages = packages;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Uni<Void> applyClass(ClassState state) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return tx.inTransaction(
        () ->
            classes
                .lockById(state.id())
                .chain(
                    found ->
                        found.isEmpty() ? firstSight(state, now) : update(found.get(), state, now))
                .chain(() -> classes.lockExisting(state.id()))
                .chain(events::availability));
  }

  private Uni<Void> firstSight(ClassState state, Instant now) {
    ClassInventory seen =
        new ClassInventory(
            state.id(),
            state.countryCode(),
            state.startTime(),
            state.endTime(),
            state.capacity(),
            state.cancelled() ? 0 : state.capacity(),
            0,
            state.requiredCredits(),
            state.active(),
            state.cancelled(),
            0);
    return classes.insert(seen, state.title(), now);
  }

  private Uni<Void> update(ClassInventory current, ClassState state, Instant now) {
    if (current.cancelled() || state.cancelled()) {
      // A cancelled class hands out no seat: only its schedule data follows the catalog.
      ClassInventory latest =
          scheduled(current, state, state.capacity(), current.freeSlots(), current.reservedSlots());
      Uni<Void> updated = classes.update(latest, state.title(), now);
      return current.cancelled()
          ? updated
          : updated.chain(() -> cancelEverything(current.id(), now));
    }
    return waitingHolds(current, state.capacity())
        .chain(
            waiting -> {
              CapacityChange change = CapacityChange.of(current, state.capacity(), waiting);
              if (change.refused()) {
                LOG.warnf(
                    "class %s keeps capacity %d: %d seats are booked or held, the catalog asked"
                        + " for %d",
                    current.id(),
                    current.capacity(),
                    current.bookedSlots() + current.reservedSlots(),
                    change.requested());
              }
              ClassInventory latest =
                  scheduled(
                      current,
                      state,
                      change.capacity(),
                      change.freeSlots(),
                      change.reservedSlots());
              return classes
                  .update(latest, state.title(), now)
                  .chain(() -> reserveForWaitlist(current.id(), change.newlyReserved(), now));
            });
  }

  /**
   * The WAITLISTED holds of a class that gains seats, by a locking read: in a consumer's batch
   * transaction the snapshot may be older than holds committed before the class row was locked.
   */
  private Uni<Long> waitingHolds(ClassInventory current, int requested) {
    if (requested <= current.capacity()) {
      return Uni.createFrom().item(0L);
    }
    return bookings
        .lockActiveOfClass(current.id())
        .map(active -> active.stream().filter(b -> b.status() == BookingStatus.WAITLISTED).count());
  }

  /** Added seats that members wait for are reserved for their promotion, like a cancelled seat. */
  private Uni<Void> reserveForWaitlist(String classId, int seats, Instant now) {
    Uni<Void> reserved = Uni.createFrom().voidItem();
    for (int i = 0; i < seats; i++) {
      reserved =
          reserved.chain(() -> reservedSlots.reserve(UUID.randomUUID().toString(), classId, now));
    }
    return reserved;
  }

  private static ClassInventory scheduled(
      ClassInventory current, ClassState state, int capacity, int free, int reserved) {
    return new ClassInventory(
        current.id(),
        state.countryCode(),
        state.startTime(),
        state.endTime(),
        capacity,
        free,
        reserved,
        state.requiredCredits(),
        state.active(),
        current.cancelled() || state.cancelled(),
        current.version());
  }

  private Uni<Void> cancelEverything(String classId, Instant now) {
    return bookings
        .lockActiveOfClass(classId)
        .chain(active -> cancelEach(active, now))
        .chain(() -> reservedSlots.releaseAllOf(classId))
        .chain(() -> classes.markCancelled(classId, now));
  }

  private Uni<Void> cancelEach(List<Booking> active, Instant now) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Booking booking : active) {
      chain = chain.chain(() -> cancelOne(booking, now));
    }
    return chain;
  }

  private Uni<Void> cancelOne(Booking booking, Instant now) {
    BookingFact ended = booking.endWithClass(now);
    return bookings
        .transition(booking, ended.booking())
        .chain(
            () -> eligibility.refund(booking.userPackageId(), booking.creditsUsed(), booking.id()))
        .chain(() -> events.publish(ended));
  }

  @Override
  public Uni<Void> applyPackage(PackageState state) {
    PackageOffer offer =
        new PackageOffer(
            state.id(),
            state.name(),
            state.credits(),
            new Money(state.price(), state.currency()),
            state.countryCode(),
            state.validityDays(),
            state.active());
    return tx.inTransaction(() -> packages.upsert(offer, clock.instant()));
  }

  @Override
  public Uni<Void> refreshCounter(String classId) {
    return freeSeats.refresh(classId);
  }
}
