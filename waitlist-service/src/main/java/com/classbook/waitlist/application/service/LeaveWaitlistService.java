package com.classbook.waitlist.application.service;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.waitlist.application.port.in.LeaveWaitlistCommand;
import com.classbook.waitlist.application.port.in.LeaveWaitlistUseCase;
import com.classbook.waitlist.application.port.in.WaitlistEntryView;
import com.classbook.waitlist.application.port.out.BookingHolds;
import com.classbook.waitlist.application.port.out.ClassLock;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import com.classbook.waitlist.domain.EntryFact;
import com.classbook.waitlist.domain.ReleaseOutcome;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Leaves a waitlist before promotion: the hold is released with a full refund. Runs under the class
 * lock so it never interleaves with a promotion of the same queue.
 */
@ApplicationScoped
public class LeaveWaitlistService implements LeaveWaitlistUseCase {

  private final WaitlistEntryRepository entries;
  private final BookingHolds holds;
  private final EntryTransitions transitions;
  private final ClassLock lock;
  private final TransactionRunner transactions;
  private final Clock clock;

  LeaveWaitlistService(
      WaitlistEntryRepository entries,
      BookingHolds holds,
      EntryTransitions transitions,
      ClassLock lock,
      TransactionRunner transactions,
      Clock clock) {
    this.entries = entries;
    this.holds = holds;
    this.transitions = transitions;
    this.lock = lock;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Uni<WaitlistEntryView> leave(LeaveWaitlistCommand command) {
    return ownEntry(command)
        .chain(entry -> lock.withLock(entry.classId(), () -> leaveLocked(command)))
        .onFailure(Unavailability::isTransient)
        .transform(Unavailability::asProblem);
  }

  private Uni<WaitlistEntryView> leaveLocked(LeaveWaitlistCommand command) {
    return ownEntry(command)
        .chain(
            entry -> {
              Instant now = clock.instant();
              EntryFact.Left left = entry.leave(now);
              Uni<ReleaseOutcome> released =
                  entry.bookingId() == null
                      ? Uni.createFrom().item(ReleaseOutcome.HOLD_NOT_FOUND)
                      : holds.release(entry.bookingId());
              return released.chain(
                  outcome -> {
                    if (outcome == ReleaseOutcome.ALREADY_PROMOTED) {
                      return transitions
                          .end(entry.promote(now), null)
                          .chain(() -> Uni.createFrom().failure(notWaiting("PROMOTED")));
                    }
                    return transitions
                        .end(left, null)
                        .chain(
                            applied ->
                                applied
                                    ? Uni.createFrom()
                                        .item(new WaitlistEntryView(left.entry(), null))
                                    : Uni.createFrom().failure(notWaiting("no longer waiting")));
                  });
            });
  }

  /** Another member's entry is reported as absent (API: another member's resource is 404). */
  private Uni<WaitlistEntry> ownEntry(LeaveWaitlistCommand command) {
    return transactions
        .inTransaction(() -> entries.findById(command.entryId()))
        .map(
            found ->
                found
                    .filter(entry -> entry.ownedBy(command.userId()))
                    .orElseThrow(
                        () ->
                            new DomainProblem(
                                ProblemCode.NOT_FOUND,
                                "no waitlist entry " + command.entryId() + " of yours")));
  }

  private static DomainProblem notWaiting(String state) {
    return new DomainProblem(ProblemCode.NOT_WAITING, "the waitlist entry is " + state);
  }
}
