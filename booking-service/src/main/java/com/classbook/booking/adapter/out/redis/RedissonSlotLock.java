package com.classbook.booking.adapter.out.redis;

import com.classbook.booking.application.port.out.SlotLock;
import com.classbook.platform.redis.RedisCircuit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * A Redisson lock per class ({@code lock:class:{id}}) taken with the async API and an explicit
 * random owner id per request, because requests share event-loop threads. When Redis fails, or its
 * circuit is open, the work proceeds without the lock: the database guards keep it correct.
 */
@ApplicationScoped
public class RedissonSlotLock implements SlotLock {

  private static final SecureRandom OWNERS = new SecureRandom();

  private final RedissonClient redisson;
  private final RedisCircuit circuit;
  private final long leaseMs;

  public RedissonSlotLock(
      RedissonClient redisson,
      RedisCircuit circuit,
      @ConfigProperty(name = "classbook.booking.lock-lease", defaultValue = "PT3S")
          java.time.Duration lease) {
    this.redisson = redisson;
    this.circuit = circuit;
    this.leaseMs = lease.toMillis();
  }

  @Override
  public <T> Uni<T> withClassLock(String classId, Supplier<Uni<T>> work) {
    RLock lock = redisson.getLock("lock:class:" + classId);
    long owner = OWNERS.nextLong();
    return circuit
        .call(
            "lock " + classId,
            () -> lock.lockAsync(leaseMs, TimeUnit.MILLISECONDS, owner).thenApply(ignored -> true),
            () -> false)
        .chain(
            locked ->
                Uni.createFrom()
                    .<T>deferred(work::get)
                    .onTermination()
                    .call(
                        (item, failure, cancelled) ->
                            locked ? unlock(lock, owner) : Uni.createFrom().voidItem()));
  }

  private Uni<Void> unlock(RLock lock, long owner) {
    return circuit.call(
        "unlock",
        () -> lock.unlockAsync(owner).handle(RedissonSlotLock::releasedOrGone),
        () -> null);
  }

  /**
   * Unlocking fails when the lease ran out and another owner holds the lock: nothing to release.
   */
  private static Void releasedOrGone(Void released, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause == null || cause instanceof IllegalMonitorStateException) {
      return null;
    }
    throw new CompletionException(cause);
  }
}
