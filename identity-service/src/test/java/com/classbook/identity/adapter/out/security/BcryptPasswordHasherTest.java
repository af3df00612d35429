package com.classbook.identity.adapter.out.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.domain.RetryLater;
import com.classbook.kernel.problem.ProblemCode;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SPEC: passwords are bcrypt-hashed with cost >= 10, never on an event loop. */
class BcryptPasswordHasherTest {

  @Test
  void hashesAreBcryptWithTheConfiguredCostAndVerify() {
    BcryptPasswordHasher hasher = new BcryptPasswordHasher(10, Optional.of(1), 4);
    String hash = hasher.hash("Correct-Horse-42").await().indefinitely();

    assertTrue(hash.startsWith("$2a$10$"), hash);
    assertTrue(hasher.verify("Correct-Horse-42", hash).await().indefinitely());
    assertFalse(hasher.verify("Correct-Horse-43", hash).await().indefinitely());
  }

  @Test
  void aCostBelowTenIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new BcryptPasswordHasher(9, Optional.of(1), 4));
  }

  @Test
  void theEventLoopStaysFreeWhileAPasswordIsHashed() throws Exception {
    BcryptPasswordHasher hasher = new BcryptPasswordHasher(13, Optional.of(1), 4);
    Vertx vertx = Vertx.vertx();
    try {
      List<String> order = new CopyOnWriteArrayList<>();
      CompletableFuture<String> hashedOn = new CompletableFuture<>();
      vertx.runOnContext(
          start -> {
            hasher
                .hash("Correct-Horse-42")
                .subscribe()
                .with(
                    hash -> {
                      order.add("hashed");
                      hashedOn.complete(Thread.currentThread().getName());
                    },
                    hashedOn::completeExceptionally);
            // Runs on the same event loop: it can only run before the hash is done if the hash
            // did not occupy the loop (a cost-13 hash takes hundreds of milliseconds).
            vertx.setTimer(1, tick -> order.add("event loop free"));
          });

      String thread = hashedOn.get(60, TimeUnit.SECONDS);
      assertEquals(List.of("event loop free", "hashed"), order);
      assertTrue(thread.contains("eventloop"), "the result comes back on the caller's loop");
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void withEveryThreadBusyAndTheQueueFullAHashIsRefusedAtOnceWithRetryAfter() throws Exception {
    BcryptPasswordHasher hasher = new BcryptPasswordHasher(14, Optional.of(1), 1);
    CompletableFuture<String> running = hasher.hash("first").subscribeAsCompletionStage();
    CompletableFuture<String> queued = hasher.hash("second").subscribeAsCompletionStage();

    // A cost-14 hash takes about a second: the thread and the one queue slot are still taken.
    CompletableFuture<String> refused = hasher.hash("third").subscribeAsCompletionStage();
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> refused.get(100, TimeUnit.MILLISECONDS));

    RetryLater busy = assertInstanceOf(RetryLater.class, failure.getCause());
    assertEquals(ProblemCode.SERVICE_UNAVAILABLE, busy.code());
    assertEquals(1, busy.retryAfterSeconds());
    assertTrue(running.get(60, TimeUnit.SECONDS).startsWith("$2a$14$"));
    assertTrue(queued.get(60, TimeUnit.SECONDS).startsWith("$2a$14$"), "the queued one is served");
  }
}
