package com.classbook.waitlist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.waitlist.application.port.in.LeaveWaitlistCommand;
import com.classbook.waitlist.domain.EntryStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The waitlist's flow is counted once per committed decision, never for a repeat. */
class WaitlistMetricsTest {

  private final Waitlist waitlist = new Waitlist();
  private final String yoga = waitlist.scheduledClass("yoga");

  @Test
  void joinsAreCountedByOutcome() {
    waitlist.joins("ann", yoga);
    assertThrows(DomainProblem.class, () -> waitlist.joins("ann", yoga));
    waitlist.booking.refuseNextHold =
        new DomainProblem(ProblemCode.CLASS_NOT_FULL, "a public seat is free");
    assertThrows(DomainProblem.class, () -> waitlist.joins("bob", yoga));

    assertEquals(
        Map.of("joined", 1, "ALREADY_WAITLISTED", 1, "CLASS_NOT_FULL", 1), waitlist.metrics.counts);
  }

  @Test
  void promotionsLeavesAndRefundsAreCountedOnceEach() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    String bob = waitlist.joins("bob", yoga).entry().id();
    waitlist.joins("cat", yoga);

    waitlist.seatFreed(yoga, "seat-1");
    waitlist.freedSlots.recordFreedSlot(yoga, "seat-1").await().indefinitely();
    waitlist.promotion.resolve("seat-1").await().indefinitely();
    waitlist.leave.leave(new LeaveWaitlistCommand("bob", bob)).await().indefinitely();
    assertThrows(
        DomainProblem.class,
        () -> waitlist.leave.leave(new LeaveWaitlistCommand("bob", bob)).await().indefinitely());
    waitlist.clock.advance(Duration.ofHours(2));
    waitlist.refund.refundDueEntries().await().indefinitely();
    waitlist.refund.refundDueEntries().await().indefinitely();

    assertEquals(
        Map.of("joined", 3, "PROMOTED", 1, "LEFT", 1, "REFUNDED", 1), waitlist.metrics.counts);
    assertEquals(EntryStatus.PROMOTED, waitlist.store.get(ann).status());
  }
}
