package com.classbook.booking.adapter.out.redis;

import com.classbook.booking.application.port.out.ClassLock;
import com.classbook.platform.redis.RedisCircuit;
import com.classbook.platform.redis.RedisLocks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * A Redisson lock per class ({@code lock:class:{id}}) taken with the async API and an explicit
 * random owner id per hold, because requests share event-loop threads. This instance's requests for
 * a class queue in front of it and are served in one hold ({@link ClassLockHolds}). When Redis
 * fails, or its circuit is open, the work proceeds without the lock: the database guards keep it
 * correct.
 */
@ApplicationScoped
public class RedissonClassLock implements ClassLock {

  private final RedissonClient redisson;
  private final RedisCircuit circuit;
  private final long leaseMs;
  private final ClassLockHolds<Held> holds;

  public RedissonClassLock(
      RedissonClient redisson,
      RedisCircuit circuit,
      @ConfigProperty(name = "classbook.booking.lock-lease", defaultValue = "PT3S") Duration lease,
      @ConfigProperty(name = "classbook.booking.lock-hold.max-served", defaultValue = "32")
          int maxServed,
      @ConfigProperty(name = "classbook.booking.lock-hold.max-duration", defaultValue = "PT0.25S")
          Duration maxHold) {
    this.redisson = redisson;
    this.circuit = circuit;
    this.leaseMs = lease.toMillis();
    this.holds = new ClassLockHolds<>(this::lock, this::unlock, maxServed, maxHold, lease);
  }

  @Override
  public <T> Uni<T> withLock(String classId, Supplier<Uni<T>> work) {
    return holds.run(classId, work);
  }

  /** One hold of a class's lock; {@code locked} is false when Redis could not be asked. */
  record Held(RLock lock, long owner, boolean locked) {}

  private Uni<Held> lock(String classId) {
    RLock lock = redisson.getLock("lock:class:" + classId);
    long owner = RedisLocks.newOwner();
    return circuit
        .call(
            "lock " + classId,
            () -> lock.lockAsync(leaseMs, TimeUnit.MILLISECONDS, owner).thenApply(ignored -> true),
            () -> false)
        .map(locked -> new Held(lock, owner, locked));
  }

  private Uni<Void> unlock(Held held) {
    if (!held.locked()) {
      return Uni.createFrom().voidItem();
    }
    return RedisLocks.release(circuit, held.lock(), held.owner(), "class lock");
  }
}
