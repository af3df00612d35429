package com.classbook.booking.domain;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The eligibility rules shared by a booking and a waitlist credit hold, in the API's order. */
public final class BookingRules {
  private BookingRules() {}

  /** 422 CLASS_NOT_BOOKABLE when the class is inactive, cancelled or has started. */
  public static void requireBookable(ClassInventory cls, Instant now) {
    if (cls.cancelled()) {
      throw new DomainProblem(ProblemCode.CLASS_NOT_BOOKABLE, "the class has been cancelled");
    }
    if (!cls.active()) {
      throw new DomainProblem(ProblemCode.CLASS_NOT_BOOKABLE, "the class is not active");
    }
    if (!now.isBefore(cls.startTime())) {
      throw new DomainProblem(ProblemCode.CLASS_NOT_BOOKABLE, "the class has already started");
    }
  }

  /**
   * 409 ALREADY_BOOKED when the member holds a seat in the class; a WAITLISTED hold answers {@code
   * holdCode} (ALREADY_BOOKED for a booking, ALREADY_WAITLISTED for a new hold).
   */
  public static void requireNoActiveBooking(Optional<Booking> existing, ProblemCode holdCode) {
    existing.ifPresent(
        booking -> {
          if (booking.status() == BookingStatus.WAITLISTED) {
            throw new DomainProblem(holdCode, "you are already on the waitlist of this class");
          }
          throw new DomainProblem(ProblemCode.ALREADY_BOOKED, "you already booked this class");
        });
  }

  /** 409 SCHEDULE_CONFLICT when the class overlaps another active booking of the member. */
  public static void requireNoOverlap(ClassInventory cls, List<TimeSlot> activeSlots) {
    TimeSlot wanted = cls.slot();
    if (activeSlots.stream().anyMatch(wanted::overlaps)) {
      throw new DomainProblem(
          ProblemCode.SCHEDULE_CONFLICT, "the class overlaps another of your bookings");
    }
  }

  /**
   * The paying package: the named one, else the valid package with enough credits that expires
   * first. 422 NO_USABLE_PACKAGE when none is valid, 422 INSUFFICIENT_CREDITS when none has enough
   * credits.
   */
  public static UserPackage choosePayer(
      List<UserPackage> wallet, ClassInventory cls, String requestedId, Instant now) {
    int price = cls.requiredCredits();
    if (requestedId != null) {
      UserPackage named =
          wallet.stream()
              .filter(p -> p.id().equals(requestedId))
              .findFirst()
              .filter(p -> p.validFor(cls, now))
              .orElseThrow(
                  () ->
                      new DomainProblem(
                          ProblemCode.NO_USABLE_PACKAGE,
                          "the named package cannot pay for this class (unknown, expired, expiring"
                              + " before the class or of another country)"));
      if (!named.covers(price)) {
        throw insufficient(price);
      }
      return named;
    }
    List<UserPackage> valid = wallet.stream().filter(p -> p.validFor(cls, now)).toList();
    if (valid.isEmpty()) {
      throw new DomainProblem(
          ProblemCode.NO_USABLE_PACKAGE,
          "no package of country " + cls.countryCode() + " is valid at the class start");
    }
    return valid.stream()
        .filter(p -> p.covers(price))
        .min(
            Comparator.comparing(UserPackage::expiresAt)
                .thenComparing(UserPackage::purchasedAt)
                .thenComparing(UserPackage::id))
        .orElseThrow(() -> insufficient(price));
  }

  private static DomainProblem insufficient(int price) {
    return new DomainProblem(
        ProblemCode.INSUFFICIENT_CREDITS, "the class needs " + price + " credits");
  }
}
