package com.classbook.booking.adapter.out.metrics;

import com.classbook.booking.application.port.out.BookingMetrics;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.metrics.OutcomeCounters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The booking counters on /q/metrics: {@code classbook_bookings_total{outcome}}, {@code
 * classbook_booking_cancellations_total{refunded}}, {@code classbook_booking_check_ins_total} and
 * {@code classbook_booking_no_shows_total}. Every outcome the booking endpoint can answer is
 * registered at startup, so each series exists (at 0) before its first decision.
 */
@Startup
@ApplicationScoped
public class MicrometerBookingMetrics implements BookingMetrics {

  static final String CONFIRMED = "confirmed";
  static final String ERROR = OutcomeCounters.ERROR;

  /** The refusals of POST /api/v1/bookings, in the order the rules answer them. */
  static final List<ProblemCode> REFUSALS =
      List.of(
          ProblemCode.CLASS_NOT_FOUND,
          ProblemCode.CLASS_NOT_BOOKABLE,
          ProblemCode.ALREADY_BOOKED,
          ProblemCode.SCHEDULE_CONFLICT,
          ProblemCode.CLASS_FULL,
          ProblemCode.NO_USABLE_PACKAGE,
          ProblemCode.INSUFFICIENT_CREDITS,
          ProblemCode.SERVICE_UNAVAILABLE);

  private final OutcomeCounters bookings;
  private final Counter refundedCancellations;
  private final Counter unrefundedCancellations;
  private final Counter checkIns;
  private final Counter noShows;

  public MicrometerBookingMetrics(MeterRegistry registry) {
    bookings =
        new OutcomeCounters(
            registry,
            "classbook.bookings",
            "Booking requests decided, by outcome: confirmed or the refusal code",
            CONFIRMED,
            REFUSALS);
    refundedCancellations = cancellations(registry, true);
    unrefundedCancellations = cancellations(registry, false);
    checkIns =
        Counter.builder("classbook.booking.check.ins")
            .description("Bookings checked in")
            .register(registry);
    noShows =
        Counter.builder("classbook.booking.no.shows")
            .description("Bookings of ended classes marked as no-shows")
            .register(registry);
  }

  @Override
  public void booked() {
    bookings.succeeded();
  }

  @Override
  public void bookingRefused(ProblemCode code) {
    bookings.refused(code);
  }

  @Override
  public void bookingFailed() {
    bookings.failed();
  }

  @Override
  public void cancelled(boolean refunded) {
    (refunded ? refundedCancellations : unrefundedCancellations).increment();
  }

  @Override
  public void checkedIn() {
    checkIns.increment();
  }

  @Override
  public void noShows(int count) {
    noShows.increment(count);
  }

  private static Counter cancellations(MeterRegistry registry, boolean refunded) {
    return Counter.builder("classbook.booking.cancellations")
        .description("Bookings cancelled by their member or an admin, refunded or not")
        .tag("refunded", String.valueOf(refunded))
        .register(registry);
  }
}
