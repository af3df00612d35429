package com.classbook.waitlist.adapter.out.redis;

import com.classbook.platform.reactive.VertxContexts;
import com.classbook.waitlist.application.port.out.ClassLock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * Redisson lock per class, taken with the async API and a random owner id per use (requests share
 * event-loop threads, so the thread id cannot be the owner). Released after the work completed,
 * that is after its transactions committed.
 */
@ApplicationScoped
public class RedissonClassLock implements ClassLock {

  private static final Logger LOG = Logger.getLogger(RedissonClassLock.class);
  private static final SecureRandom OWNERS = new SecureRandom();

  private final RedissonClient redisson;
  private final Duration wait;
  private final Duration lease;

  public RedissonClassLock(
      RedissonClient redisson,
      @ConfigProperty(name = "classbook.waitlist.lock.wait", defaultValue = "PT5S") Duration wait,
      @ConfigProperty(name = "classbook.waitlist.lock.lease", defaultValue = "PT30S")
          Duration lease) {
    this.redisson = redisson;
    this.wait = wait;
    this.lease = lease;
  }

  @Override
  public <T> Uni<T> withLock(String classId, Supplier<Uni<T>> work) {
    // A key of its own: the booking service's class lock must stay free while we call it.
    RLock lock = redisson.getLock("waitlist:class:" + classId + ":lock");
    long owner = OWNERS.nextLong();
    return VertxContexts.fromStage(
            () ->
                lock.tryLockAsync(wait.toMillis(), lease.toMillis(), TimeUnit.MILLISECONDS, owner))
        .onFailure()
        .transform(failure -> new Unavailable(classId, failure))
        .chain(
            acquired -> {
              if (!Boolean.TRUE.equals(acquired)) {
                return Uni.createFrom().failure(new Unavailable(classId, null));
              }
              return Uni.createFrom()
                  .<T>deferred(work::get)
                  .onTermination()
                  .call(() -> unlock(lock, owner, classId));
            });
  }

  private Uni<Void> unlock(RLock lock, long owner, String classId) {
    return VertxContexts.fromStage(() -> lock.unlockAsync(owner))
        .onFailure()
        .recoverWithItem(
            failure -> {
              // Typically an expired lease: the database guards kept the work correct.
              LOG.warnf(
                  "waitlist lock of class %s not released: %s", classId, failure.getMessage());
              return null;
            });
  }
}
