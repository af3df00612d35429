package com.classbook.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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

  /**
   * The load's method (an intercepted use case that prepares a database session on the Vert.x
   * context it is called on) must be called by the request that subscribes first, on its thread,
   * not by whichever request happened to miss first.
   */
  @Test
  void theLoadIsMadeByItsFirstSubscriberOnItsThread() throws Exception {
    AtomicReference<String> madeOn = new AtomicReference<>();
    Uni<Integer> answer =
        cache.get(
            "a",
            () -> {
              madeOn.set(Thread.currentThread().getName());
              return Uni.createFrom().item(loads::incrementAndGet);
            });
    assertNull(madeOn.get(), "nothing is made before anyone subscribes");

    Thread subscriber = new Thread(() -> answer.await().indefinitely(), "first-subscriber");
    subscriber.start();
    subscriber.join(5_000);
    assertEquals("first-subscriber", madeOn.get());
    assertEquals(1, answer.await().indefinitely(), "a later subscriber shares that load");
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
