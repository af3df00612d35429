package com.classbook.waitlist.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The stand-in for the Redis lock while Redis is away: a MariaDB named lock per class. */
@QuarkusTest
class MariaDbClassLockTest {

  @Inject Pool pool;

  private final List<String> journal = new CopyOnWriteArrayList<>();

  private Uni<String> work(String name, CompletableFuture<String> end) {
    journal.add("start " + name);
    return Uni.createFrom().completionStage(end).invoke(() -> journal.add("end " + name));
  }

  @Test
  void worksOfOneClassTakeTurnsAndOtherClassesDoNotWait() throws Exception {
    MariaDbClassLock lock = new MariaDbClassLock(pool, Duration.ofSeconds(10));
    String classId = UUID.randomUUID().toString();
    CompletableFuture<String> firstEnds = new CompletableFuture<>();
    CompletableFuture<String> firstStarted = new CompletableFuture<>();

    CompletableFuture<MariaDbClassLock.Granted<String>> first =
        lock.withLock(
                classId,
                () -> {
                  firstStarted.complete("started");
                  return work("first", firstEnds);
                })
            .subscribeAsCompletionStage();
    firstStarted.get(10, TimeUnit.SECONDS);
    CompletableFuture<MariaDbClassLock.Granted<String>> second =
        lock.withLock(classId, () -> work("second", CompletableFuture.completedFuture("b")))
            .subscribeAsCompletionStage();
    String other =
        lock.withLock(
                UUID.randomUUID().toString(),
                () -> Uni.createFrom().item("another class goes at once"))
            .await()
            .atMost(Duration.ofSeconds(10))
            .value();

    assertEquals("another class goes at once", other);
    assertFalse(second.isDone(), "the second work of the class waits for the first");
    assertEquals(List.of("start first"), journal);

    firstEnds.complete("a");

    assertEquals("a", first.get(10, TimeUnit.SECONDS).value());
    assertEquals("b", second.get(10, TimeUnit.SECONDS).value());
    assertEquals(List.of("start first", "end first", "start second", "end second"), journal);
  }

  @Test
  void aLockNotGrantedWithinTheWaitIsRefusedWithoutRunningTheWork() throws Exception {
    MariaDbClassLock lock = new MariaDbClassLock(pool, Duration.ofSeconds(1));
    String classId = UUID.randomUUID().toString();
    CompletableFuture<String> holderEnds = new CompletableFuture<>();
    CompletableFuture<String> held = new CompletableFuture<>();
    CompletableFuture<MariaDbClassLock.Granted<String>> holder =
        lock.withLock(
                classId,
                () -> {
                  held.complete("held");
                  return Uni.createFrom().completionStage(holderEnds);
                })
            .subscribeAsCompletionStage();
    held.get(10, TimeUnit.SECONDS);

    MariaDbClassLock.Granted<String> late =
        lock.withLock(classId, () -> work("late", CompletableFuture.completedFuture("no")))
            .await()
            .atMost(Duration.ofSeconds(10));

    assertFalse(late.granted());
    assertEquals(List.of(), journal, "the refused work never ran");
    holderEnds.complete("done");
    assertTrue(holder.get(10, TimeUnit.SECONDS).granted());
  }
}
