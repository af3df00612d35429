package com.classbook.booking.adapter.out.redis;

import com.classbook.booking.application.port.out.SlotLock;
import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * A Redisson lock per class ({@code lock:class:{id}}) taken with the async API and an explicit
 * random owner id per request, because requests share event-loop threads. When Redis cannot be
 * reached the work proceeds without the lock: the database guards keep it correct.
 */
@ApplicationScoped
public class RedissonSlotLock implements SlotLock {

  private static final Logger LOG = Logger.getLogger(RedissonSlotLock.class);
  private static final SecureRandom OWNERS = new SecureRandom();

  private final RedissonClient redisson;
  private final long leaseMs;

  public RedissonSlotLock(
      RedissonClient redisson,
      @ConfigProperty(name = "classbook.booking.lock-lease", defaultValue = "PT3S")
          java.time.Duration lease) {
    this.redisson = redisson;
    this.leaseMs = lease.toMillis();
  }

  @Override
  public <T> Uni<T> withClassLock(String classId, Supplier<Uni<T>> work) {
    RLock lock = redisson.getLock("lock:class:" + classId);
    long owner = OWNERS.nextLong();
    return VertxContexts.fromStage(() -> lock.lockAsync(leaseMs, TimeUnit.MILLISECONDS, owner))
        .replaceWith(Boolean.TRUE)
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("class lock unavailable, relying on the database guard: %s", failure);
              return Boolean.FALSE;
            })
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
    // Fails when the lease ran out and someone else holds the lock now: nothing to release.
    return VertxContexts.fromStage(() -> lock.unlockAsync(owner))
        .onFailure()
        .invoke(failure -> LOG.debugf("class lock already gone: %s", failure.getMessage()))
        .onFailure()
        .recoverWithNull();
  }
}
