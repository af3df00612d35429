package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.in.PromoteFromWaitlistUseCase;
import com.classbook.waitlist.application.port.out.BookingHolds;
import com.classbook.waitlist.application.port.out.ClassLock;
import com.classbook.waitlist.application.port.out.ClassScheduleRepository;
import com.classbook.waitlist.application.port.out.FreedSlotRepository;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import com.classbook.waitlist.domain.EntryFact;
import com.classbook.waitlist.domain.FreedSlot;
import com.classbook.waitlist.domain.FreedSlotState;
import com.classbook.waitlist.domain.PromotionOutcome;
import com.classbook.waitlist.domain.ScheduledClass;
import com.classbook.waitlist.domain.SlotReleaseOutcome;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Resolves each seat reserved for the waitlist exactly once: the freed_slot row is the guard, the
 * class lock serialises the queue, and every booking call is idempotent so a retry after a crash or
 * an expired lease repeats nothing.
 */
@ApplicationScoped
public class PromoteFromWaitlistService implements PromoteFromWaitlistUseCase {

  private static final Logger LOG = Logger.getLogger(PromoteFromWaitlistService.class);

  private final FreedSlotRepository slots;
  private final WaitlistEntryRepository entries;
  private final ClassScheduleRepository classes;
  private final BookingHolds holds;
  private final ClassLock lock;
  private final TransactionRunner transactions;
  private final EntryTransitions transitions;
  private final HoldRefunds refunds;
  private final Clock clock;
  private final Duration retryBase;
  private final Duration retryMax;
  private final int batchSize;

  PromoteFromWaitlistService(
      FreedSlotRepository slots,
      WaitlistEntryRepository entries,
      ClassScheduleRepository classes,
      BookingHolds holds,
      ClassLock lock,
      TransactionRunner transactions,
      EntryTransitions transitions,
      HoldRefunds refunds,
      Clock clock,
      WaitlistSettings settings) {
    this.slots = slots;
    this.entries = entries;
    this.classes = classes;
    this.holds = holds;
    this.lock = lock;
    this.transactions = transactions;
    this.transitions = transitions;
    this.refunds = refunds;
    this.clock = clock;
    this.retryBase = settings.slotRetryBase();
    this.retryMax = settings.slotRetryMax();
    this.batchSize = settings.batchSize();
  }

  @Override
  public Uni<Void> resolve(String slotRef) {
    return pending(slotRef)
        .chain(
            slot ->
                slot.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : resolveLocked(slot.get())
                        .onFailure()
                        .call(failure -> postpone(slot.get(), failure)));
  }

  @Override
  public Uni<Integer> resolveDueSlots() {
    return transactions
        .inTransaction(() -> slots.due(clock.instant(), batchSize))
        .chain(
            due ->
                Sequentially.count(
                    due,
                    slot ->
                        resolve(slot.slotRef())
                            .replaceWith(true)
                            .onFailure()
                            .recoverWithItem(true)));
  }

  private Uni<Void> resolveLocked(FreedSlot slot) {
    return lock.withLock(
        slot.classId(),
        () ->
            pending(slot.slotRef())
                .chain(
                    fresh -> fresh.isEmpty() ? Uni.createFrom().voidItem() : decide(fresh.get())));
  }

  private Uni<Void> decide(FreedSlot slot) {
    return transactions
        .inTransaction(() -> classes.find(slot.classId()))
        .chain(
            known -> {
              Optional<ScheduledClass> scheduled = known;
              if (scheduled.isPresent() && !scheduled.get().acceptsPromotion(clock.instant())) {
                // No promotion once the class started (or was cancelled): the seat goes back.
                return holds
                    .releaseReservedSlot(slot.classId(), slot.slotRef())
                    .chain(outcome -> resolveSlot(slot, stateOf(outcome), null));
              }
              return offerToHead(slot);
            });
  }

  /**
   * Offers the seat to the first waiting entry. With nobody waiting, the seat is released while the
   * locking read still keeps new joins out, so a newcomer can never take it from someone who joined
   * in the meantime: their join waits, then finds the seat public (CLASS_NOT_FULL).
   */
  private Uni<Void> offerToHead(FreedSlot slot) {
    return transactions
        .inTransaction(
            () ->
                entries
                    .lockHead(slot.classId())
                    .call(
                        head ->
                            head.isPresent()
                                ? Uni.createFrom().voidItem()
                                : holds
                                    .releaseReservedSlot(slot.classId(), slot.slotRef())
                                    .chain(outcome -> resolveSlot(slot, stateOf(outcome), null))))
        .chain(
            head -> head.isEmpty() ? Uni.createFrom().voidItem() : promoteHead(slot, head.get()));
  }

  private Uni<Void> promoteHead(FreedSlot slot, WaitlistEntry head) {
    Uni<PromotionOutcome> asked =
        head.bookingId() == null
            ? Uni.createFrom().item(PromotionOutcome.HOLD_NOT_FOUND)
            : holds.promote(head.bookingId(), slot.slotRef());
    return asked.chain(
        outcome ->
            switch (outcome.step()) {
              case MARK_PROMOTED -> markPromoted(slot, head);
              case SKIP_AND_REFUND -> {
                LOG.infof(
                    "waitlist entry %s skipped for seat %s (%s); refunding it",
                    head.id(), slot.slotRef(), outcome);
                yield refunds.refund(head).chain(() -> offerToHead(slot));
              }
              case STOP -> resolveSlot(slot, FreedSlotState.CONSUMED, null);
            });
  }

  private Uni<Void> markPromoted(FreedSlot slot, WaitlistEntry head) {
    EntryFact.Promoted promoted = head.promote(clock.instant());
    return transactions.inTransaction(
        () ->
            slots
                .resolve(slot.slotRef(), FreedSlotState.PROMOTED, head.id(), clock.instant())
                .chain(() -> transitions.end(promoted, slot.slotRef()))
                .replaceWithVoid());
  }

  private Uni<Void> resolveSlot(FreedSlot slot, FreedSlotState state, String entryId) {
    return transactions
        .inTransaction(() -> slots.resolve(slot.slotRef(), state, entryId, clock.instant()))
        .replaceWithVoid();
  }

  private Uni<Optional<FreedSlot>> pending(String slotRef) {
    return transactions
        .inTransaction(() -> slots.find(slotRef))
        .map(found -> found.filter(FreedSlot::isPending));
  }

  private Uni<Void> postpone(FreedSlot slot, Throwable failure) {
    Instant next = slot.retryAt(clock.instant(), retryBase, retryMax);
    LOG.warnf(
        "seat %s of class %s not resolved yet (%s); next attempt at %s",
        slot.slotRef(), slot.classId(), failure.getMessage(), next);
    return transactions
        .inTransaction(() -> slots.postpone(slot.slotRef(), next))
        .onFailure()
        .recoverWithNull();
  }

  private static FreedSlotState stateOf(SlotReleaseOutcome outcome) {
    return outcome == SlotReleaseOutcome.RELEASED
        ? FreedSlotState.RELEASED
        : FreedSlotState.CONSUMED;
  }
}
