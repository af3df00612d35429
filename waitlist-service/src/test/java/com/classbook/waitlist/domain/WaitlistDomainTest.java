package com.classbook.waitlist.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WaitlistDomainTest {

  private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");

  @Test
  void onlyAWaitingEntryCanEnd() {
    WaitlistEntry waiting = WaitlistEntry.join("e1", "ann", "yoga", NOW).holding("b1", 7, 3);

    WaitlistEntry promoted = waiting.promote(NOW.plusSeconds(60)).entry();
    assertEquals(EntryStatus.PROMOTED, promoted.status());
    assertEquals(NOW.plusSeconds(60), promoted.promotedAt());
    assertFalse(promoted.refunded());

    assertTrue(waiting.leave(NOW).entry().refunded());
    assertEquals(EntryStatus.REFUNDED, waiting.refund(NOW).entry().status());
    DomainProblem problem = assertThrows(DomainProblem.class, () -> promoted.leave(NOW));
    assertEquals(ProblemCode.NOT_WAITING, problem.code());
    assertThrows(DomainProblem.class, () -> promoted.refund(NOW));
  }

  @Test
  void anEntryHasJoinedWhenItsHoldIsPlaced() {
    WaitlistEntry stored = WaitlistEntry.join("e1", "ann", "yoga", NOW).holding(null, 7, 0);

    EntryFact.Joined joined = stored.heldBy("b1", 3);

    assertEquals("b1", joined.entry().bookingId());
    assertEquals(7, joined.entry().joinSeq());
    assertEquals(3, joined.entry().positionAtJoin());
    assertEquals(EntryStatus.WAITING, joined.entry().status());
  }

  @Test
  void promotionStopsAtClassStartAndRefundsAreDueFromThen() {
    ScheduledClass yoga =
        new ScheduledClass("yoga", NOW.plusSeconds(60), NOW.plusSeconds(3600), true, false);

    assertTrue(yoga.acceptsPromotion(NOW));
    assertFalse(yoga.holdsDueForRefund(NOW));
    assertFalse(yoga.acceptsPromotion(NOW.plusSeconds(60)));
    assertTrue(yoga.holdsDueForRefund(NOW.plusSeconds(60)));

    ScheduledClass cancelled =
        new ScheduledClass("x", NOW.plusSeconds(60), NOW.plusSeconds(99), true, true);
    assertFalse(cancelled.acceptsPromotion(NOW));
    assertTrue(cancelled.holdsDueForRefund(NOW));
  }

  @Test
  void onlyASeatThatIsGoneStopsTheSearchForAHead() {
    assertEquals(PromotionStep.MARK_PROMOTED, PromotionOutcome.PROMOTED.step());
    assertEquals(PromotionStep.SKIP_AND_REFUND, PromotionOutcome.HOLD_NOT_WAITING.step());
    assertEquals(PromotionStep.SKIP_AND_REFUND, PromotionOutcome.CLASS_NOT_BOOKABLE.step());
    assertEquals(PromotionStep.SKIP_AND_REFUND, PromotionOutcome.HOLD_NOT_FOUND.step());
    assertEquals(PromotionStep.STOP, PromotionOutcome.SLOT_NOT_RESERVED.step());
  }

  @Test
  void retriesBackOffExponentiallyUpToTheCap() {
    FreedSlot fresh = FreedSlot.received("s", "c", NOW);
    FreedSlot third = new FreedSlot("s", "c", FreedSlotState.PENDING, 3, NOW);
    FreedSlot many = new FreedSlot("s", "c", FreedSlotState.PENDING, 40, NOW);
    Duration base = Duration.ofSeconds(1);
    Duration max = Duration.ofMinutes(5);

    assertEquals(NOW.plusSeconds(1), fresh.retryAt(NOW, base, max));
    assertEquals(NOW.plusSeconds(8), third.retryAt(NOW, base, max));
    assertEquals(NOW.plus(max), many.retryAt(NOW, base, max));
  }
}
