package com.classbook.waitlist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.waitlist.application.port.in.JoinWaitlistCommand;
import com.classbook.waitlist.application.port.in.WaitlistEntryView;
import com.classbook.waitlist.domain.EntryStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinWaitlistServiceTest {

  private final Waitlist waitlist = new Waitlist();
  private final String yoga = waitlist.scheduledClass("yoga");

  @Test
  void joiningHoldsCreditsUnderTheEntryIdAndGivesPositionsInJoinOrder() {
    WaitlistEntryView first = waitlist.joins("ann", yoga);
    WaitlistEntryView second = waitlist.joins("bob", yoga);

    assertEquals(1, first.position());
    assertEquals(2, second.position());
    assertEquals("hold-" + first.entry().id(), first.entry().bookingId());
    assertEquals(EntryStatus.WAITING, second.entry().status());
    assertEquals(2, second.entry().positionAtJoin());
    assertEquals(List.of(EntryStatus.WAITING), waitlist.events.statusesOf(first.entry().id()));
  }

  @Test
  void aMemberAlreadyWaitingIsRefusedWithoutAskingTheBookingService() {
    waitlist.joins("ann", yoga);
    long holdsBefore = waitlist.booking.callsStartingWith("hold");

    DomainProblem refusal = assertThrows(DomainProblem.class, () -> waitlist.joins("ann", yoga));

    assertEquals(ProblemCode.ALREADY_WAITLISTED, refusal.code());
    assertEquals(holdsBefore, waitlist.booking.callsStartingWith("hold"));
  }

  @Test
  void theBookingServicesRefusalIsReturnedUnchangedAndNothingIsStored() {
    waitlist.booking.refuseNextHold =
        new DomainProblem(ProblemCode.CLASS_NOT_FULL, "a public seat is free");

    DomainProblem refusal = assertThrows(DomainProblem.class, () -> waitlist.joins("ann", yoga));

    assertEquals(ProblemCode.CLASS_NOT_FULL, refusal.code());
    assertTrue(waitlist.store.rows.isEmpty());
    assertTrue(waitlist.events.published.isEmpty());
  }

  @Test
  void aFailureAfterTheHoldWasPlacedReleasesTheHold() {
    waitlist.events.failNext = true;

    assertThrows(IllegalStateException.class, () -> waitlist.joins("ann", yoga));

    assertTrue(waitlist.store.rows.isEmpty());
    WaitlistFakes.Booking.FakeHold hold = waitlist.booking.holds.values().iterator().next();
    assertEquals(WaitlistFakes.Booking.HoldState.CANCELLED, hold.state);
    assertTrue(hold.refunded);
  }

  @Test
  void anUnreachableBookingServiceIsA503() {
    waitlist.booking.unavailable = true;

    DomainProblem problem = assertThrows(DomainProblem.class, () -> waitlist.joins("ann", yoga));

    assertEquals(ProblemCode.SERVICE_UNAVAILABLE, problem.code());
    assertTrue(waitlist.store.rows.isEmpty());
  }

  @Test
  void aMemberWhoLeftMayJoinAgainAtTheTail() {
    WaitlistEntryView first = waitlist.joins("ann", yoga);
    waitlist.joins("bob", yoga);
    waitlist
        .leave
        .leave(
            new com.classbook.waitlist.application.port.in.LeaveWaitlistCommand(
                "ann", first.entry().id()))
        .await()
        .indefinitely();

    WaitlistEntryView again = waitlist.joins("ann", yoga);

    assertEquals(2, again.position());
    assertNull(
        waitlist.positions.of(waitlist.store.get(first.entry().id())).await().indefinitely());
  }

  @Test
  void commandsValidateTheirFields() {
    ValidationProblem problem =
        assertThrows(ValidationProblem.class, () -> new JoinWaitlistCommand("ann", " ", ""));
    assertEquals(2, problem.violations().size());
  }
}
