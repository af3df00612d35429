package com.classbook.waitlist.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * A per-class mutual exclusion across service instances for queue changes; correctness never relies
 * on it alone (its lease may expire), the database guards do.
 */
public interface ClassLock {
  /** Runs {@code work} holding the class's lock; fails with {@link Unavailable} if not acquired. */
  <T> Uni<T> withLock(String classId, Supplier<Uni<T>> work);

  /** The lock could not be acquired in time. */
  final class Unavailable extends RuntimeException {
    public Unavailable(String classId, Throwable cause) {
      super("waitlist lock of class " + classId + " not acquired", cause);
    }
  }
}
