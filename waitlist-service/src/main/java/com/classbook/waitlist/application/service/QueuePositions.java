package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.out.ClassLock;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import com.classbook.waitlist.application.port.out.WaitlistQueue;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Live queue positions: the rank in the cached queue, rebuilt from the entries on a miss. The
 * rebuild runs under the class lock so no concurrent removal can be undone by a stale rebuild.
 */
@ApplicationScoped
class QueuePositions {

  private final WaitlistQueue queue;
  private final WaitlistEntryRepository entries;
  private final ClassLock lock;
  private final TransactionRunner transactions;

  QueuePositions(
      WaitlistQueue queue,
      WaitlistEntryRepository entries,
      ClassLock lock,
      TransactionRunner transactions) {
    this.queue = queue;
    this.entries = entries;
    this.lock = lock;
    this.transactions = transactions;
  }

  /** The 1-based position of a waiting entry, null for any other. */
  Uni<Integer> of(WaitlistEntry entry) {
    if (!entry.isWaiting()) {
      return Uni.createFrom().nullItem();
    }
    return cached(entry)
        .chain(hit -> hit.isPresent() ? Uni.createFrom().item(hit.get()) : rebuildAndRead(entry));
  }

  private Uni<Integer> rebuildAndRead(WaitlistEntry entry) {
    return lock.withLock(
            entry.classId(),
            () ->
                transactions
                    .inTransaction(() -> entries.waitingOf(entry.classId()))
                    .chain(waiting -> queue.rebuild(entry.classId(), waiting))
                    .chain(() -> queue.position(entry.classId(), entry.id())))
        .onFailure()
        .recoverWithItem(Optional.empty())
        .chain(hit -> hit.isPresent() ? Uni.createFrom().item(hit.get()) : fromEntries(entry));
  }

  /** Redis down or lock busy: the entries table answers directly. */
  private Uni<Integer> fromEntries(WaitlistEntry entry) {
    return transactions
        .inTransaction(() -> entries.countWaitingBefore(entry.classId(), entry.joinSeq()))
        .map(ahead -> (int) (ahead + 1));
  }

  private Uni<Optional<Integer>> cached(WaitlistEntry entry) {
    return queue
        .position(entry.classId(), entry.id())
        .onFailure()
        .recoverWithItem(Optional.empty());
  }
}
