package com.classbook.booking.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

  private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");
  private static final Instant START = NOW.plus(Duration.ofDays(2));
  private static final ClassInventory CLASS =
      new ClassInventory(
          "c", "SG", START, START.plus(Duration.ofHours(1)), 5, 5, 0, 3, true, false, 0);

  private static UserPackage pkg(String id, String country, int remaining, Instant expires) {
    return new UserPackage(
        id, "u", "p", country, 10, remaining, NOW.minusSeconds(60), expires, false, "t", 0);
  }

  private static ProblemCode code(Runnable action) {
    return assertThrows(DomainProblem.class, action::run).code();
  }

  @Test
  void halfOpenSlotsLetBackToBackClassesThrough() {
    TimeSlot a = new TimeSlot(START, START.plus(Duration.ofHours(1)));
    assertFalse(
        a.overlaps(new TimeSlot(START.plus(Duration.ofHours(1)), START.plus(Duration.ofHours(2)))));
    assertFalse(a.overlaps(new TimeSlot(START.minus(Duration.ofHours(1)), START)));
    assertTrue(
        a.overlaps(
            new TimeSlot(START.plus(Duration.ofMinutes(59)), START.plus(Duration.ofHours(2)))));
    assertEquals(
        ProblemCode.SCHEDULE_CONFLICT,
        code(() -> BookingRules.requireNoOverlap(CLASS, List.of(a))));
  }

  @Test
  void aClassIsBookableOnlyWhenActiveUncancelledAndNotStarted() {
    assertDoesNotThrow(() -> BookingRules.requireBookable(CLASS, NOW));
    assertEquals(
        ProblemCode.CLASS_NOT_BOOKABLE, code(() -> BookingRules.requireBookable(CLASS, START)));
    ClassInventory cancelled =
        new ClassInventory("c", "SG", START, START.plusSeconds(60), 5, 5, 0, 3, true, true, 0);
    assertEquals(
        ProblemCode.CLASS_NOT_BOOKABLE, code(() -> BookingRules.requireBookable(cancelled, NOW)));
  }

  @Test
  void theValidPackageExpiringFirstWithEnoughCreditsPays() {
    UserPackage later = pkg("later", "SG", 10, START.plus(Duration.ofDays(20)));
    UserPackage sooner = pkg("sooner", "SG", 10, START.plus(Duration.ofDays(1)));
    UserPackage poorer = pkg("poorer", "SG", 2, START.plus(Duration.ofHours(1)));
    UserPackage foreign = pkg("foreign", "MY", 10, START.plus(Duration.ofHours(1)));
    UserPackage beforeStart = pkg("short", "SG", 10, START);
    List<UserPackage> wallet = List.of(later, sooner, poorer, foreign, beforeStart);
    assertEquals("sooner", BookingRules.choosePayer(wallet, CLASS, null, NOW).id());
    assertEquals("later", BookingRules.choosePayer(wallet, CLASS, "later", NOW).id());
    assertEquals(
        ProblemCode.INSUFFICIENT_CREDITS,
        code(() -> BookingRules.choosePayer(wallet, CLASS, "poorer", NOW)));
    assertEquals(
        ProblemCode.NO_USABLE_PACKAGE,
        code(() -> BookingRules.choosePayer(wallet, CLASS, "foreign", NOW)));
    assertEquals(
        ProblemCode.NO_USABLE_PACKAGE,
        code(() -> BookingRules.choosePayer(wallet, CLASS, "short", NOW)));
    assertEquals(
        ProblemCode.NO_USABLE_PACKAGE,
        code(() -> BookingRules.choosePayer(List.of(foreign, beforeStart), CLASS, null, NOW)));
    assertEquals(
        ProblemCode.INSUFFICIENT_CREDITS,
        code(() -> BookingRules.choosePayer(List.of(poorer), CLASS, null, NOW)));
  }

  @Test
  void anExistingHoldAnswersTheCallersCode() {
    Booking hold =
        Booking.placeHold("h", "r", "u", CLASS, pkg("p", "SG", 10, START.plusSeconds(3600)), NOW)
            .booking();
    Booking booked =
        Booking.book("b", "u", CLASS, pkg("p", "SG", 10, START.plusSeconds(3600)), NOW).booking();
    assertEquals(
        ProblemCode.ALREADY_WAITLISTED,
        code(
            () ->
                BookingRules.requireNoActiveBooking(
                    Optional.of(hold), ProblemCode.ALREADY_WAITLISTED)));
    assertEquals(
        ProblemCode.ALREADY_BOOKED,
        code(
            () ->
                BookingRules.requireNoActiveBooking(
                    Optional.of(booked), ProblemCode.ALREADY_WAITLISTED)));
  }

  @Test
  void refundUntilExactlyTheCutoffAndCancelUntilTheStart() {
    CancellationPolicy policy = new CancellationPolicy(Duration.ofHours(4));
    assertTrue(policy.refunds(CLASS, START.minus(Duration.ofHours(4))));
    assertFalse(policy.refunds(CLASS, START.minus(Duration.ofHours(4)).plusNanos(1)));
    Booking booked =
        Booking.book("b", "u", CLASS, pkg("p", "SG", 10, START.plusSeconds(3600)), NOW).booking();
    assertDoesNotThrow(() -> policy.requireCancellable(booked, CLASS, START.minusNanos(1)));
    assertEquals(
        ProblemCode.NOT_CANCELLABLE, code(() -> policy.requireCancellable(booked, CLASS, START)));
    assertEquals(
        ProblemCode.NOT_CANCELLABLE,
        code(
            () ->
                policy.requireCancellable(booked.cancel(NOW, true, false).booking(), CLASS, NOW)));
  }

  @Test
  void checkInOpensFifteenMinutesBeforeAndClosesAtTheEnd() {
    CheckInPolicy policy = new CheckInPolicy(Duration.ofMinutes(15));
    Booking booked =
        Booking.book("b", "u", CLASS, pkg("p", "SG", 10, START.plusSeconds(3600)), NOW).booking();
    assertTrue(policy.requiresCheckIn(booked, CLASS, START.minus(Duration.ofMinutes(15))));
    assertEquals(
        ProblemCode.CHECK_IN_NOT_OPEN,
        code(
            () ->
                policy.requiresCheckIn(
                    booked, CLASS, START.minus(Duration.ofMinutes(15)).minusNanos(1))));
    assertEquals(
        ProblemCode.CHECK_IN_NOT_OPEN,
        code(() -> policy.requiresCheckIn(booked, CLASS, CLASS.endTime())));
    assertFalse(policy.requiresCheckIn(booked.checkIn(START).booking(), CLASS, START));
    assertEquals(
        ProblemCode.NOT_CHECKABLE,
        code(() -> policy.requiresCheckIn(booked.markNoShow().booking(), CLASS, START)));
  }

  @Test
  void holdsArePromotedAndReleasedOnce() {
    Booking hold =
        Booking.placeHold("h", "r", "u", CLASS, pkg("p", "SG", 10, START.plusSeconds(3600)), NOW)
            .booking();
    assertTrue(HoldRules.requiresPromotion(hold, "s"));
    Booking promoted = hold.promote("s").booking();
    assertFalse(HoldRules.requiresPromotion(promoted, "s"));
    assertEquals(
        ProblemCode.NOT_WAITING, code(() -> HoldRules.requiresPromotion(promoted, "other")));
    assertEquals(ProblemCode.NOT_WAITING, code(() -> HoldRules.requiresRelease(promoted)));
    assertTrue(HoldRules.requiresRelease(hold));
    assertFalse(HoldRules.requiresRelease(hold.releaseHold(NOW).booking()));
    ClassInventory free =
        new ClassInventory("c", "SG", START, START.plusSeconds(60), 5, 1, 0, 1, true, false, 0);
    assertEquals(ProblemCode.CLASS_NOT_FULL, code(() -> HoldRules.requireFull(free)));
  }
}
