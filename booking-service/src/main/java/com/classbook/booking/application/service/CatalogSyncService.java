package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.SyncCatalogUseCase;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.PackageCatalog;
import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.PackageOffer;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.kernel.value.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Applies the catalog's class and package states to the replicas; a cancelled class cancels and
 * refunds every booking and hold exactly once (inbox plus guarded transitions).
 */
@ApplicationScoped
public class CatalogSyncService implements SyncCatalogUseCase {

  private final TransactionRunner tx;
  private final SlotAllocation allocation;
  private final Eligibility eligibility;
  private final ClassInventoryRepository classes;
  private final BookingRepository bookings;
  private final ReservedSlotRepository reservedSlots;
  private final PackageCatalog packages;
  private final EventPublisher events;
  private final Clock clock;

  public CatalogSyncService(
      TransactionRunner tx,
      SlotAllocation allocation,
      Eligibility eligibility,
      ClassInventoryRepository classes,
      BookingRepository bookings,
      ReservedSlotRepository reservedSlots,
      PackageCatalog packages,
      EventPublisher events,
      Clock clock) {
    this.tx = tx;
    this.allocation = allocation;
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
                .chain(() -> classes.lockById(state.id()))
                .chain(latest -> events.availability(latest.orElseThrow())));
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
    ClassInventory latest =
        new ClassInventory(
            current.id(),
            state.countryCode(),
            state.startTime(),
            state.endTime(),
            state.capacity(),
            current.freeSlotsAfterCapacity(state.capacity()),
            current.reservedSlots(),
            state.requiredCredits(),
            state.active(),
            current.cancelled() || state.cancelled(),
            current.version());
    Uni<Void> updated = classes.update(latest, state.title(), now);
    if (state.cancelled() && !current.cancelled()) {
      return updated.chain(() -> cancelEverything(current.id(), now));
    }
    return updated;
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
    Booking after = booking.cancelled(now, true);
    String type =
        booking.status() == BookingStatus.WAITLISTED
            ? BookingEvent.HOLD_RELEASED
            : BookingEvent.CANCELLED;
    return bookings
        .transition(booking, after)
        .chain(
            changed ->
                changed
                    ? eligibility
                        .refund(after.userPackageId(), after.creditsUsed(), after.id())
                        .chain(() -> events.booking(type, after, false))
                    : Uni.createFrom().failure(new ConcurrentUpdate("booking " + booking.id())));
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
    return allocation.refreshCounter(classId);
  }
}
