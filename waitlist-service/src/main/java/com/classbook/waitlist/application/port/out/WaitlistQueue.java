package com.classbook.waitlist.application.port.out;

import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/**
 * The FIFO queue cache of a class (ordered by join sequence); holds no truth and is rebuilt from
 * the entries on a miss.
 */
public interface WaitlistQueue {
  /** Adds a waiting entry if the class's queue is cached; a missing queue is rebuilt on read. */
  Uni<Void> add(WaitlistEntry entry);

  Uni<Void> remove(String classId, String entryId);

  /** The entry's 1-based position, empty when the queue or the entry is not cached. */
  Uni<Optional<Integer>> position(String classId, String entryId);

  /** Replaces the class's queue with the given waiting entries. */
  Uni<Void> rebuild(String classId, List<WaitlistEntry> waiting);
}
