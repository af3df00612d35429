package com.classbook.waitlist.application.port.out;

import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores waitlist entries, the truth from which the queue is rebuilt; runs in a transaction. */
public interface WaitlistEntryRepository {
  Uni<Optional<WaitlistEntry>> findById(String id);

  /** The entry under a locking read: waits for a join still in flight that inserted it. */
  Uni<Optional<WaitlistEntry>> lockById(String id);

  Uni<Optional<WaitlistEntry>> findWaiting(String userId, String classId);

  /** One page of the member's entries, newest first. */
  Uni<Page<WaitlistEntry>> pageByUser(String userId, PageRequest request);

  /**
   * Inserts a waiting entry and returns it with its join sequence; fails with ALREADY_WAITLISTED
   * when the member already waits for the class.
   */
  Uni<WaitlistEntry> insert(WaitlistEntry entry);

  /** Stores the hold's booking id and the position at join of a just inserted entry. */
  Uni<Void> attachHold(WaitlistEntry entry);

  /** Number of waiting entries of the class that joined before {@code joinSeq}. */
  Uni<Long> countWaitingBefore(String classId, long joinSeq);

  /** Waiting entries of the class in join order. */
  Uni<List<WaitlistEntry>> waitingOf(String classId);

  /**
   * The first waiting entry of the class under a locking read: waits for joins still in flight and
   * keeps new joins out of the queue until the transaction ends.
   */
  Uni<Optional<WaitlistEntry>> lockHead(String classId);

  /**
   * Stores the end of a waiting entry (promoted, left or refunded) only if it is still waiting;
   * returns whether this call made the transition.
   */
  Uni<Boolean> endWaiting(WaitlistEntry ended, String slotRef);

  /** Classes with waiting entries that started or were cancelled by {@code now}. */
  Uni<List<String>> classesDueForRefund(Instant now, int limit);
}
