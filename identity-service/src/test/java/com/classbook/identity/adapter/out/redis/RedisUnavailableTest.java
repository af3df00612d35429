package com.classbook.identity.adapter.out.redis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/** Without Redis the limits are skipped quickly instead of failing every login. */
class RedisUnavailableTest {
  private final RedissonClient unreachable = client();

  private static RedissonClient client() {
    Config config = new Config();
    config.setLazyInitialization(true);
    // Nothing listens on port 1: every call fails or times out.
    config.useSingleServer().setAddress("redis://127.0.0.1:1").setConnectTimeout(200);
    return Redisson.create(config);
  }

  /** As in the service: a worker pool with more than one thread (a 2-core JVM has one here). */
  @BeforeAll
  static void workerPool() {
    Infrastructure.setDefaultExecutor(Executors.newScheduledThreadPool(4));
  }

  @AfterAll
  static void defaultPool() {
    Infrastructure.setDefaultExecutor();
  }

  @AfterEach
  void close() {
    unreachable.shutdown(0, 1, TimeUnit.SECONDS);
  }

  @Test
  void limitsAreNotEnforcedAndNothingFails() {
    RedisLoginAttemptLimiter limiter =
        new RedisLoginAttemptLimiter(unreachable, 5, 50, Duration.ofMinutes(15));
    long started = System.nanoTime();
    OptionalLong wait =
        limiter.retryAfter("a@example.com", "10.0.0.1").await().atMost(Duration.ofSeconds(5));
    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2000, "gave up fast");
    assertTrue(wait.isEmpty());
    limiter.recordFailure("a@example.com", "10.0.0.1").await().atMost(Duration.ofSeconds(5));
    limiter.resetAccount("a@example.com").await().atMost(Duration.ofSeconds(5));
  }
}
