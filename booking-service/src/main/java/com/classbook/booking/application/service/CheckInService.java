package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.CheckInCommand;
import com.classbook.booking.application.port.in.CheckInUseCase;
import com.classbook.booking.application.port.out.BookingMetrics;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.BookingProblems;
import com.classbook.booking.domain.CheckInPolicy;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Checks members in; no seat moves, so no class lock is needed. */
@ApplicationScoped
public class CheckInService implements CheckInUseCase {

  private final SlotAllocation allocation;
  private final BookingRepository bookings;
  private final ClassInventoryRepository classes;
  private final EventPublisher events;
  private final CheckInPolicy policy;
  private final BookingMetrics metrics;
  private final Clock clock;

  public CheckInService(
      SlotAllocation allocation,
      BookingRepository bookings,
      ClassInventoryRepository classes,
      EventPublisher events,
      BookingSettings settings,
      BookingMetrics metrics,
      Clock clock) {
    this.allocation = allocation;
    this.bookings = bookings;
    this.classes = classes;
    this.events = events;
    this.policy = new CheckInPolicy(settings.checkInOpensBefore());
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The booking after a check-in, and whether this request checked it in (not a repeat). */
  private record CheckIn(Booking booking, boolean transitioned) {}

  @Override
  public Uni<Booking> checkIn(CheckInCommand command) {
    return allocation
        .retried(() -> checkInTransaction(command))
        .invoke(
            done -> {
              if (done.transitioned()) {
                metrics.checkedIn();
              }
            })
        .map(CheckIn::booking);
  }

  private Uni<CheckIn> checkInTransaction(CheckInCommand command) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return bookings
        .findById(command.bookingId())
        .map(
            found ->
                found
                    .filter(b -> command.staff() || b.ownedBy(command.actorId()))
                    .orElseThrow(() -> CancelBookingService.notFound(command.bookingId())))
        .chain(
            booking ->
                classes
                    .find(booking.classId())
                    .map(
                        cls ->
                            cls.orElseThrow(() -> BookingProblems.classNotFound(booking.classId())))
                    .chain(
                        cls -> {
                          if (!policy.requiresCheckIn(booking, cls, now)) {
                            return Uni.createFrom().item(new CheckIn(booking, false));
                          }
                          BookingFact.CheckedIn checkedIn = booking.checkIn(now);
                          return bookings
                              .transition(booking, checkedIn.booking())
                              .chain(() -> events.publish(checkedIn))
                              .replaceWith(new CheckIn(checkedIn.booking(), true));
                        }));
  }
}
