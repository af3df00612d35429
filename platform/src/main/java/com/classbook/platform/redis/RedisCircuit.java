package com.classbook.platform.redis;

import com.classbook.platform.reactive.VertxContexts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.redisson.api.RedissonClient;

/**
 * A circuit breaker in front of Redis: after {@code classbook.redis.circuit.failure-threshold}
 * failed calls in a row it opens, and every call answers its fallback at once without touching
 * Redis; a probe every {@code classbook.redis.circuit.probe-interval} closes it when Redis answers
 * again. Redis holds no truth, so each caller's fallback is the database path; the circuit only
 * decides how quickly the service stops waiting for a Redis that is gone.
 */
@ApplicationScoped
public class RedisCircuit {

  private static final Logger LOG = Logger.getLogger(RedisCircuit.class);

  private final RedissonClient redisson;
  private final Vertx vertx;
  private final int failureThreshold;
  private final long probeIntervalMs;
  private final AtomicInteger failuresInARow = new AtomicInteger();
  private final AtomicBoolean open = new AtomicBoolean();
  private final AtomicBoolean probing = new AtomicBoolean();
  private final Counter opened;
  private final Counter skipped;
  private volatile long timerId = -1;

  public RedisCircuit(
      RedissonClient redisson,
      Vertx vertx,
      MeterRegistry registry,
      @ConfigProperty(name = "classbook.redis.circuit.failure-threshold", defaultValue = "2")
          int failureThreshold,
      @ConfigProperty(name = "classbook.redis.circuit.probe-interval", defaultValue = "1s")
          Duration probeInterval) {
    this.redisson = redisson;
    this.vertx = vertx;
    this.failureThreshold = failureThreshold;
    this.probeIntervalMs = Math.max(10, probeInterval.toMillis());
    Gauge.builder("classbook.redis.circuit.open", open, state -> state.get() ? 1 : 0)
        .description(
            "1 while Redis is skipped after repeated failures (bookings on the database guard alone)")
        .register(registry);
    this.opened =
        Counter.builder("classbook.redis.circuit.opened")
            .description("Times the Redis circuit opened")
            .register(registry);
    this.skipped =
        Counter.builder("classbook.redis.calls.skipped")
            .description("Redis calls answered by their fallback while the circuit was open")
            .register(registry);
  }

  /** True while Redis is being skipped. */
  public boolean isOpen() {
    return open.get();
  }

  /**
   * Runs {@code command} against Redis and resumes on the caller's context; a failure, or an open
   * circuit, gives {@code fallback} instead. {@code what} names the call in the log.
   */
  public <T> Uni<T> call(
      String what, Supplier<? extends CompletionStage<T>> command, Supplier<T> fallback) {
    if (open.get()) {
      skipped.increment();
      return Uni.createFrom().item(fallback);
    }
    return VertxContexts.fromStage(command)
        .invoke(ignored -> failuresInARow.set(0))
        .onFailure()
        .recoverWithItem(
            failure -> {
              failed(what, failure);
              return fallback.get();
            });
  }

  private void failed(String what, Throwable failure) {
    if (failuresInARow.incrementAndGet() < failureThreshold || !open.compareAndSet(false, true)) {
      LOG.debugf("Redis call %s failed: %s", what, failure.getMessage());
      return;
    }
    opened.increment();
    LOG.warnf(
        "Redis failed %d times in a row (last: %s: %s); skipping it and probing every %d ms",
        failureThreshold, what, failure.getMessage(), probeIntervalMs);
    timerId = vertx.setPeriodic(probeIntervalMs, id -> probe());
  }

  private void probe() {
    if (!probing.compareAndSet(false, true)) {
      return;
    }
    redisson
        .getBucket("health:ping")
        .isExistsAsync()
        .whenComplete(
            (answer, failure) -> {
              probing.set(false);
              if (failure == null && open.compareAndSet(true, false)) {
                failuresInARow.set(0);
                vertx.cancelTimer(timerId);
                LOG.info("Redis answers again; using it again");
              }
            });
  }
}
