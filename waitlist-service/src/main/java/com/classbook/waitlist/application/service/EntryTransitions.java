package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.out.EventPublisher;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import com.classbook.waitlist.application.port.out.WaitlistMetrics;
import com.classbook.waitlist.application.port.out.WaitlistQueue;
import com.classbook.waitlist.domain.EntryFact;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Ends waiting entries exactly once: guarded store, its event, then off the cached queue. */
@ApplicationScoped
class EntryTransitions {

  private static final Logger LOG = Logger.getLogger(EntryTransitions.class);

  private final WaitlistEntryRepository entries;
  private final EventPublisher events;
  private final WaitlistQueue queue;
  private final TransactionRunner transactions;
  private final WaitlistMetrics metrics;

  EntryTransitions(
      WaitlistEntryRepository entries,
      EventPublisher events,
      WaitlistQueue queue,
      TransactionRunner transactions,
      WaitlistMetrics metrics) {
    this.entries = entries;
    this.events = events;
    this.queue = queue;
    this.transactions = transactions;
    this.metrics = metrics;
  }

  /**
   * Stores the end of a waiting entry with its event and counts it; false when another actor
   * (instance, retry) ended it first, in which case no second event is published or counted.
   */
  Uni<Boolean> end(EntryFact fact, String slotRef) {
    WaitlistEntry ended = fact.entry();
    return transactions
        .inTransaction(
            () ->
                entries
                    .endWaiting(ended, slotRef)
                    .call(applied -> applied ? events.publish(fact) : Uni.createFrom().voidItem()))
        .invoke(
            applied -> {
              if (applied) {
                metrics.ended(ended.status());
              }
            })
        .call(() -> dropFromQueue(ended));
  }

  /** The cache follows the truth; a failure here only leaves a rebuild for later. */
  Uni<Void> dropFromQueue(WaitlistEntry entry) {
    return queue
        .remove(entry.classId(), entry.id())
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf(
                  "queue cache of class %s not updated: %s", entry.classId(), failure.getMessage());
              return null;
            });
  }
}
