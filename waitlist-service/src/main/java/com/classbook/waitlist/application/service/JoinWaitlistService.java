package com.classbook.waitlist.application.service;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.waitlist.application.port.in.JoinWaitlistCommand;
import com.classbook.waitlist.application.port.in.JoinWaitlistUseCase;
import com.classbook.waitlist.application.port.in.WaitlistEntryView;
import com.classbook.waitlist.application.port.out.BookingHolds;
import com.classbook.waitlist.application.port.out.BookingHolds.Hold;
import com.classbook.waitlist.application.port.out.BookingHolds.HoldRequest;
import com.classbook.waitlist.application.port.out.EventPublisher;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import com.classbook.waitlist.application.port.out.WaitlistMetrics;
import com.classbook.waitlist.application.port.out.WaitlistQueue;
import com.classbook.waitlist.domain.EntryFact;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Joins a waitlist: the entry row and the booking service's credit hold are decided in one local
 * transaction (the entry is inserted first, so a concurrent promotion waits for this join).
 */
@ApplicationScoped
public class JoinWaitlistService implements JoinWaitlistUseCase {

  private static final Logger LOG = Logger.getLogger(JoinWaitlistService.class);

  private final WaitlistEntryRepository entries;
  private final BookingHolds holds;
  private final EventPublisher events;
  private final WaitlistQueue queue;
  private final QueuePositions positions;
  private final TransactionRunner transactions;
  private final WaitlistMetrics metrics;
  private final Clock clock;

  JoinWaitlistService(
      WaitlistEntryRepository entries,
      BookingHolds holds,
      EventPublisher events,
      WaitlistQueue queue,
      QueuePositions positions,
      TransactionRunner transactions,
      WaitlistMetrics metrics,
      Clock clock) {
    this.entries = entries;
    this.holds = holds;
    this.events = events;
    this.queue = queue;
    this.positions = positions;
    this.transactions = transactions;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public Uni<WaitlistEntryView> join(JoinWaitlistCommand command) {
    return transactions
        .inTransaction(() -> entries.findWaiting(command.userId(), command.classId()))
        .chain(
            existing -> {
              if (existing.isPresent()) {
                return Uni.createFrom().failure(alreadyWaitlisted());
              }
              return joinWithHold(command);
            })
        .chain(this::enqueue)
        .onFailure(Unavailability::isTransient)
        .transform(Unavailability::asProblem)
        .invoke(metrics::joined)
        .onFailure()
        .invoke(this::countRefusal);
  }

  private void countRefusal(Throwable failure) {
    if (failure instanceof DomainProblem problem) {
      metrics.joinRefused(problem.code());
    } else {
      metrics.joinFailed();
    }
  }

  private Uni<WaitlistEntry> joinWithHold(JoinWaitlistCommand command) {
    // Microseconds, as the column keeps them: the answer, the stored row and the events agree.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    WaitlistEntry entry =
        WaitlistEntry.join(UUID.randomUUID().toString(), command.userId(), command.classId(), now);
    AtomicReference<Hold> placed = new AtomicReference<>();
    return transactions
        .inTransaction(
            () ->
                entries
                    .insert(entry)
                    .chain(
                        stored ->
                            holds
                                .placeHold(
                                    new HoldRequest(
                                        stored.id(),
                                        stored.userId(),
                                        stored.classId(),
                                        command.userPackageId()))
                                .invoke(placed::set)
                                .chain(
                                    hold ->
                                        entries
                                            .countWaitingBefore(stored.classId(), stored.joinSeq())
                                            .map(
                                                ahead ->
                                                    stored.heldBy(
                                                        hold.bookingId(), (int) (ahead + 1)))))
                    .call(joined -> entries.attachHold(joined.entry()))
                    .call(events::publish)
                    .map(EntryFact.Joined::entry))
        .onFailure()
        .call(failure -> compensate(placed.get(), failure));
  }

  /** The hold was placed but the entry did not commit: give the member's credits back. */
  private Uni<Void> compensate(Hold hold, Throwable failure) {
    if (hold == null) {
      return Uni.createFrom().voidItem();
    }
    LOG.warnf(
        "join failed after hold %s was placed (%s); releasing it",
        hold.bookingId(), failure.getMessage());
    return holds
        .release(hold.bookingId())
        .onFailure()
        .invoke(
            f -> LOG.errorf("hold %s could not be released: %s", hold.bookingId(), f.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  private Uni<WaitlistEntryView> enqueue(WaitlistEntry joined) {
    return queue
        .add(joined)
        .onFailure()
        .recoverWithNull()
        .chain(() -> positions.of(joined))
        .map(position -> new WaitlistEntryView(joined, position));
  }

  private static DomainProblem alreadyWaitlisted() {
    return new DomainProblem(
        ProblemCode.ALREADY_WAITLISTED, "you are already on the waitlist of this class");
  }
}
