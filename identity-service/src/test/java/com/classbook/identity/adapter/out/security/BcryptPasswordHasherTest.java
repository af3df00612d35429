package com.classbook.identity.adapter.out.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
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
}
