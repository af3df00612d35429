package com.classbook.identity.adapter.out.redis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.application.port.out.RequestQuotas.Quota;
import com.classbook.identity.domain.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
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
    // Nothing listens on port 1: every call fails. Left to Redisson, a call would retry for at
    // least 3 x 3 s; the limiter's own short deadline must end it long before that.
    config
        .useSingleServer()
        .setAddress("redis://127.0.0.1:1")
        .setConnectTimeout(200)
        .setRetryAttempts(3)
        .setRetryInterval(3000);
    return Redisson.create(config);
  }

  @AfterEach
  void close() {
    unreachable.shutdown(0, 1, TimeUnit.SECONDS);
  }

  @Test
  void limitsAreNotEnforcedAndNothingFails() {
    RedisScripts scripts = new RedisScripts(unreachable);
    RedisLoginAttemptLimiter limiter =
        new RedisLoginAttemptLimiter(
            scripts, Clock.systemUTC(), 5, 50, Duration.ofMinutes(15), Duration.ofDays(30));
    RedisRequestQuotas quotas = new RedisRequestQuotas(scripts, Clock.systemUTC());
    try {
      // Completing within 5 s at all shows the limiter gave up on its own deadline (Redisson's
      // retries alone take 9 s); no tighter wall-clock bound, so a busy machine cannot fail it.
      OptionalLong wait =
          limiter.reserveAttempt("a@example.com", "10.0.0.1").await().atMost(Duration.ofSeconds(5));
      assertTrue(wait.isEmpty());
      limiter.passwordAccepted("a@example.com", "10.0.0.1").await().atMost(Duration.ofSeconds(5));
      limiter.release("a@example.com", "10.0.0.1").await().atMost(Duration.ofSeconds(5));
      Quota quota =
          new Quota("register:address", "10.0.0.1", new RateLimit(1, Duration.ofHours(1)));
      assertTrue(quotas.take(List.of(quota)).await().atMost(Duration.ofSeconds(5)).isEmpty());
    } finally {
      scripts.stop();
    }
  }
}
