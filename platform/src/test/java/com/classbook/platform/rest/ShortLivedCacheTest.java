package com.classbook.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ShortLivedCacheTest {

  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger loads = new AtomicInteger();
  private final ShortLivedCache<String, Integer> cache =
      new ShortLivedCache<>(Duration.ofSeconds(1), 100, now::get);

  private Integer read(String key) {
    return cache
        .get(key, () -> Uni.createFrom().item(loads::incrementAndGet))
        .await()
        .indefinitely();
  }

  @Test
  void keepsAnAnswerForTheTtlOnly() {
    assertEquals(1, read("a"));
    now.addAndGet(Duration.ofMillis(999).toNanos());
    assertEquals(1, read("a"), "within the ttl: the kept answer");
    now.addAndGet(Duration.ofMillis(1).toNanos());
    assertEquals(2, read("a"), "at the ttl: loaded again");
    assertEquals(3, read("b"), "keys are apart");
  }

  @Test
  void concurrentMissesShareOneLoadAndFailuresAreNotKept() {
    var first = cache.get("a", () -> Uni.createFrom().item(loads::incrementAndGet));
    var second = cache.get("a", () -> Uni.createFrom().item(loads::incrementAndGet));
    assertEquals(1, first.await().indefinitely());
    assertEquals(1, second.await().indefinitely());
    assertEquals(1, loads.get());

    Uni<Integer> failing =
        cache.get("f", () -> Uni.createFrom().failure(new IllegalStateException("db down")));
    assertThrows(IllegalStateException.class, () -> failing.await().indefinitely());
    assertEquals(2, read("f"), "a failure is forgotten at once");
  }

  @Test
  void invalidationAndAZeroTtl() {
    assertEquals(1, read("a"));
    cache.invalidate("a");
    assertEquals(2, read("a"));
    cache.invalidateAll();
    assertEquals(3, read("a"));
    var uncached = new ShortLivedCache<String, Integer>(Duration.ZERO, 10, now::get);
    uncached.get("a", () -> Uni.createFrom().item(loads::incrementAndGet)).await().indefinitely();
    uncached.get("a", () -> Uni.createFrom().item(loads::incrementAndGet)).await().indefinitely();
    assertEquals(5, loads.get(), "a zero ttl keeps nothing");
  }
}
