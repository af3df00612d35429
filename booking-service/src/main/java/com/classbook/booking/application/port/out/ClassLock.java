package com.classbook.booking.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * A per-class mutual exclusion that keeps contention off the database; correctness never depends on
 * it (its lease may expire, its store may be flushed).
 */
public interface ClassLock {

  /** Runs {@code work} holding the class's lock and releases it when {@code work} terminates. */
  <T> Uni<T> withLock(String classId, Supplier<Uni<T>> work);
}
