package com.classbook.identity.adapter.out.redis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.misc.CompletableFutureWrapper;

/**
 * A slow answer from a Redis that has been answering is awaited (a burst's own load must not open
 * the limits); after a failure only the short deadline applies, until Redis answers again.
 */
class RedisScriptsDeadlineTest {
  private static final long ANSWER = 7;
  private static final long FALLBACK = 0;

  /** How the stand-in Redis answers the next call: after a delay, or with a failure. */
  private volatile Duration delay = Duration.ZERO;

  private volatile boolean failing;
  private final RedisScripts scripts = new RedisScripts(redis());

  @AfterEach
  void stop() {
    scripts.stop();
  }

  private long eval() {
    return scripts
        .eval("return 7", List.of(), FALLBACK)
        .await()
        .atMost(RedisScripts.DEADLINE_WHILE_ANSWERING.plusSeconds(5));
  }

  @Test
  void aSlowAnswerIsAwaitedWhileRedisIsAnswering() {
    assertEquals(ANSWER, eval(), "a first, quick answer");

    delay = RedisScripts.DEADLINE.multipliedBy(3);
    long started = System.nanoTime();
    assertEquals(ANSWER, eval(), "awaited beyond the short deadline");
    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(delay) >= 0);
  }

  @Test
  void afterAFailureASlowAnswerIsNotAwaitedUntilRedisAnswersAgain() {
    assertEquals(ANSWER, eval());
    failing = true;
    assertEquals(FALLBACK, eval(), "a failure is the fallback");

    failing = false;
    delay = RedisScripts.DEADLINE.multipliedBy(3);
    assertEquals(FALLBACK, eval(), "the short deadline: limits not enforced");
    // The late answer still arrives and shows Redis answering: the next slow call is awaited.
    await().atMost(Duration.ofSeconds(10)).until(scripts::answering);
    assertEquals(ANSWER, eval());
  }

  private RedissonClient redis() {
    RScript script =
        (RScript)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {RScript.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("evalAsync")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  if (failing) {
                    return new CompletableFutureWrapper<>(new IllegalStateException("down"));
                  }
                  CompletableFuture<Long> answer = new CompletableFuture<>();
                  answer.completeOnTimeout(ANSWER, delay.toMillis(), TimeUnit.MILLISECONDS);
                  return new CompletableFutureWrapper<>(answer);
                });
    return (RedissonClient)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {RedissonClient.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getScript")) {
                throw new UnsupportedOperationException(method.getName());
              }
              return script;
            });
  }
}
