package com.classbook.waitlist.adapter.out.redis;

import com.classbook.platform.redis.RedisCircuit;
import com.classbook.platform.redis.RedisLocks;
import com.classbook.waitlist.adapter.out.persistence.MariaDbClassLock;
import com.classbook.waitlist.application.port.out.ClassLock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * Redisson lock per class, taken with the async API and a random owner id per use (requests share
 * event-loop threads, so the thread id cannot be the owner). Released after the work completed,
 * that is after its transactions committed. When Redis fails, or its circuit is open, a MariaDB
 * named lock of the class takes its place, so a Redis outage neither refuses nor delays the queue.
 */
@ApplicationScoped
public class RedissonClassLock implements ClassLock {

  /** How a lock request ended at Redis. */
  private enum Answer {
    GRANTED,
    BUSY,
    UNREACHABLE
  }

  private final RedissonClient redisson;
  private final RedisCircuit circuit;
  private final MariaDbClassLock fallback;
  private final Duration wait;
  private final Duration lease;

  public RedissonClassLock(
      RedissonClient redisson,
      RedisCircuit circuit,
      MariaDbClassLock fallback,
      @ConfigProperty(name = "classbook.waitlist.lock.wait", defaultValue = "PT5S") Duration wait,
      @ConfigProperty(name = "classbook.waitlist.lock.lease", defaultValue = "PT30S")
          Duration lease) {
    this.redisson = redisson;
    this.circuit = circuit;
    this.fallback = fallback;
    this.wait = wait;
    this.lease = lease;
  }

  @Override
  public <T> Uni<T> withLock(String classId, Supplier<Uni<T>> work) {
    // A key of its own: the booking service's class lock must stay free while we call it.
    RLock lock = redisson.getLock("waitlist:class:" + classId + ":lock");
    long owner = RedisLocks.newOwner();
    return circuit
        .call(
            "waitlist lock " + classId,
            () ->
                lock.tryLockAsync(wait.toMillis(), lease.toMillis(), TimeUnit.MILLISECONDS, owner)
                    .thenApply(acquired -> acquired ? Answer.GRANTED : Answer.BUSY),
            () -> Answer.UNREACHABLE)
        .chain(
            answer ->
                switch (answer) {
                  case GRANTED ->
                      Uni.createFrom()
                          .<T>deferred(work::get)
                          .onTermination()
                          .call(
                              () ->
                                  RedisLocks.release(
                                      circuit, lock, owner, "waitlist lock of class " + classId));
                  case BUSY -> Uni.createFrom().failure(new Unavailable(classId, null));
                  case UNREACHABLE -> onDatabaseLock(classId, work);
                });
  }

  private <T> Uni<T> onDatabaseLock(String classId, Supplier<Uni<T>> work) {
    return fallback
        .withLock(classId, work)
        .map(
            outcome -> {
              if (!outcome.granted()) {
                throw new Unavailable(classId, null);
              }
              return outcome.value();
            });
  }
}
