package com.classbook.waitlist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.waitlist.application.port.in.LeaveWaitlistCommand;
import com.classbook.waitlist.application.port.in.WaitlistEntryView;
import com.classbook.waitlist.domain.EntryStatus;
import com.classbook.waitlist.domain.ScheduledClass;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaveAndRefundServiceTest {

  private final Waitlist waitlist = new Waitlist();
  private final String yoga = waitlist.scheduledClass("yoga");

  @Test
  void leavingReleasesTheHoldWithAFullRefund() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    String bob = waitlist.joins("bob", yoga).entry().id();

    WaitlistEntryView left = leave("ann", ann);

    assertEquals(EntryStatus.LEFT, left.entry().status());
    assertTrue(left.entry().refunded());
    assertNull(left.position());
    assertTrue(waitlist.booking.holds.get("hold-" + ann).refunded);
    assertEquals(1, (int) waitlist.positions.of(waitlist.store.get(bob)).await().indefinitely());
  }

  @Test
  void anotherMembersEntryIsNotFoundAndAnEndedOneIsNotWaiting() {
    String ann = waitlist.joins("ann", yoga).entry().id();

    assertEquals(ProblemCode.NOT_FOUND, refusal(() -> leave("bob", ann)).code());
    assertEquals(ProblemCode.NOT_FOUND, refusal(() -> leave("ann", "nope")).code());
    leave("ann", ann);
    assertEquals(ProblemCode.NOT_WAITING, refusal(() -> leave("ann", ann)).code());
  }

  @Test
  void classStartRefundsEveryUnpromotedEntryExactlyOnce() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    String bob = waitlist.joins("bob", yoga).entry().id();
    waitlist.seatFreed(yoga, "seat-1");
    String other = waitlist.scheduledClass("pilates");
    String cat = waitlist.joins("cat", other).entry().id();

    assertEquals(0, (int) waitlist.refund.refundDueEntries().await().indefinitely());
    waitlist.clock.advance(Duration.ofHours(2));
    waitlist.refund.refundDueEntries().await().indefinitely();
    waitlist.refund.refundDueEntries().await().indefinitely();
    waitlist.refund.refundClass(yoga).await().indefinitely();

    assertEquals(EntryStatus.PROMOTED, waitlist.store.get(ann).status());
    assertEquals(EntryStatus.REFUNDED, waitlist.store.get(bob).status());
    assertEquals(EntryStatus.REFUNDED, waitlist.store.get(cat).status());
    assertEquals(
        List.of(EntryStatus.WAITING, EntryStatus.REFUNDED), waitlist.events.statusesOf(bob));
    assertTrue(waitlist.booking.holds.get("hold-" + bob).refunded);
  }

  @Test
  void aCancelledClassRefundsEveryEntry() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    ScheduledClass known = waitlist.classes.rows.get(yoga);
    waitlist
        .schedules
        .apply(new ScheduledClass(yoga, known.startTime(), known.endTime(), true, true))
        .await()
        .indefinitely();

    assertEquals(1, (int) waitlist.refund.refundClass(yoga).await().indefinitely());
    assertEquals(EntryStatus.REFUNDED, waitlist.store.get(ann).status());
  }

  @Test
  void aHoldTheBookingServiceAlreadyConfirmedEndsAsPromotedNotRefunded() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    waitlist.booking.reserve("seat-9");
    waitlist.booking.promote("hold-" + ann, "seat-9").await().indefinitely();
    waitlist.clock.advance(Duration.ofHours(2));

    waitlist.refund.refundDueEntries().await().indefinitely();

    assertEquals(EntryStatus.PROMOTED, waitlist.store.get(ann).status());
  }

  private WaitlistEntryView leave(String member, String entryId) {
    return waitlist.leave.leave(new LeaveWaitlistCommand(member, entryId)).await().indefinitely();
  }

  private static DomainProblem refusal(Runnable action) {
    return assertThrows(DomainProblem.class, action::run);
  }
}
