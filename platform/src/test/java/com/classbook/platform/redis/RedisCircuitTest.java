package com.classbook.platform.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.platform.testing.PrivateRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/**
 * Against a redis-server killed with SIGKILL: after two failures the circuit opens and calls answer
 * their fallback without waiting; once Redis is back the probe closes it within a second or two.
 */
class RedisCircuitTest {

  private PrivateRedis redis;
  private RedissonClient client;
  private Vertx vertx;
  private SimpleMeterRegistry metrics;
  private RedisCircuit circuit;

  @BeforeEach
  void start() throws Exception {
    redis = PrivateRedis.start();
    client = new RedissonClientProducer().redisson(redis.address(), 300, 300, 0, 100);
    vertx = Vertx.vertx();
    metrics = new SimpleMeterRegistry();
    circuit = new RedisCircuit(client, vertx, metrics, 2, Duration.ofMillis(200));
  }

  @AfterEach
  void stop() {
    client.shutdown();
    vertx.close();
    redis.close();
  }

  private String get(String key) {
    return circuit
        .call("get " + key, () -> client.<String>getBucket(key).getAsync(), () -> "fallback")
        .await()
        .atMost(Duration.ofSeconds(10));
  }

  /**
   * Redisson reconnects in the background after a restart; the first write may meet the old
   * connection.
   */
  private void setOnceReconnected(String key, String value) {
    await()
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .until(
            () -> {
              client.<String>getBucket(key).set(value);
              return true;
            });
  }

  @Test
  void opensAfterRepeatedFailuresSkipsRedisAndClosesWhenItAnswersAgain() throws Exception {
    client.<String>getBucket("k").set("v");
    assertEquals("v", get("k"));

    redis.kill();
    assertEquals("fallback", get("k"));
    assertFalse(circuit.isOpen(), "one failure is not an outage");
    assertEquals("fallback", get("k"));
    assertTrue(circuit.isOpen(), "two failures in a row open the circuit");
    assertEquals(1.0, metrics.get("classbook.redis.circuit.open").gauge().value());

    Instant before = Instant.now();
    for (int i = 0; i < 100; i++) {
      assertEquals("fallback", get("k"));
    }
    assertTrue(
        Duration.between(before, Instant.now()).toMillis() < 1000,
        "an open circuit answers without waiting for Redis");
    assertEquals(100.0, metrics.get("classbook.redis.calls.skipped").counter().count());

    redis.restart();
    // The probe closes the circuit once Redis answers.
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> !circuit.isOpen());
    setOnceReconnected("k", "again");
    assertEquals("again", get("k"));
    assertEquals(0.0, metrics.get("classbook.redis.circuit.open").gauge().value());
    assertEquals(1.0, metrics.get("classbook.redis.circuit.opened").counter().count());
  }

  @Test
  void successesInBetweenKeepItClosed() throws Exception {
    client.<String>getBucket("k").set("v");
    redis.kill();
    assertEquals("fallback", get("k"));
    redis.restart();
    setOnceReconnected("k", "v");
    assertEquals("v", get("k"));
    redis.kill();
    assertEquals("fallback", get("k"));
    assertFalse(circuit.isOpen(), "failures separated by a success are not in a row");
  }
}
