package com.classbook.platform.redis;

import io.smallrye.mutiny.Uni;
import java.security.SecureRandom;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;
import org.redisson.api.RLock;

/**
 * What every Redisson lock of the services does alike: an owner id per use (requests share
 * event-loop threads, so the thread cannot be the owner) and a release through the Redis circuit.
 */
public final class RedisLocks {

  private static final Logger LOG = Logger.getLogger(RedisLocks.class);
  private static final SecureRandom OWNERS = new SecureRandom();

  private RedisLocks() {}

  /** A fresh owner id for one use of a lock. */
  public static long newOwner() {
    return OWNERS.nextLong();
  }

  /**
   * Releases {@code lock} held by {@code owner}. A lease that ran out (another owner may hold the
   * lock now) leaves nothing to release; a Redis failure counts for the circuit and is otherwise
   * ignored, as the database guards never relied on the lock.
   */
  public static Uni<Void> release(RedisCircuit circuit, RLock lock, long owner, String what) {
    return circuit.call(
        "unlock " + what,
        () -> lock.unlockAsync(owner).handle((released, failure) -> releasedOrGone(failure, what)),
        () -> null);
  }

  private static Void releasedOrGone(Throwable failure, String what) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause == null) {
      return null;
    }
    if (cause instanceof IllegalMonitorStateException) {
      LOG.warnf("%s not released: its lease ran out", what);
      return null;
    }
    throw new CompletionException(cause);
  }
}
