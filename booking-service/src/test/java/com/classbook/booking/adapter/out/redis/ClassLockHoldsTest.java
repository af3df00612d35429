package com.classbook.booking.adapter.out.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ClassLockHoldsTest {

  private final List<String> journal = new ArrayList<>();
  private final AtomicInteger holds = new AtomicInteger();

  private ClassLockHolds<Integer> holds(int maxServed) {
    return new ClassLockHolds<>(
        classId -> {
          int hold = holds.incrementAndGet();
          journal.add("lock " + hold);
          return Uni.createFrom().item(hold);
        },
        hold -> {
          journal.add("unlock " + hold);
          return Uni.createFrom().voidItem();
        },
        maxServed,
        Duration.ofMinutes(1),
        Duration.ofMinutes(1));
  }

  /** A work that records its start and ends when the test completes its future. */
  private Supplier<Uni<String>> work(String name, CompletableFuture<String> end) {
    return () -> {
      journal.add("start " + name);
      return Uni.createFrom().completionStage(end);
    };
  }

  @Test
  void aBurstOfOneClassIsServedOneAtATimeInArrivalOrderInOneHold() {
    ClassLockHolds<Integer> lock = holds(32);
    List<CompletableFuture<String>> ends =
        List.of(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
    List<CompletableFuture<String>> answers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      answers.add(lock.run("c1", work("w" + i, ends.get(i))).subscribeAsCompletionStage());
    }
    assertEquals(List.of("lock 1", "start w0"), journal, "the others wait for the first");

    ends.get(0).complete("a0");
    ends.get(1).complete("a1");
    ends.get(2).complete("a2");

    assertEquals(List.of("lock 1", "start w0", "start w1", "start w2", "unlock 1"), journal);
    assertEquals(List.of("a0", "a1", "a2"), answers.stream().map(CompletableFuture::join).toList());
  }

  @Test
  void aHoldThatServedItsShareReleasesTheLockAndTakesItAgainForTheRest() {
    ClassLockHolds<Integer> lock = holds(2);
    CompletableFuture<String> first = new CompletableFuture<>();
    lock.run("c1", work("w0", first)).subscribeAsCompletionStage();
    lock.run("c1", work("w1", CompletableFuture.completedFuture("a1")))
        .subscribeAsCompletionStage();
    lock.run("c1", work("w2", CompletableFuture.completedFuture("a2")))
        .subscribeAsCompletionStage();

    first.complete("a0");

    assertEquals(
        List.of("lock 1", "start w0", "start w1", "unlock 1", "lock 2", "start w2", "unlock 2"),
        journal);
  }

  @Test
  void aFailedWorkFailsItsOwnCallerAndTheNextOneStillRuns() {
    ClassLockHolds<Integer> lock = holds(32);
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> failed =
        lock.run("c1", work("w0", first)).subscribeAsCompletionStage();
    CompletableFuture<String> next =
        lock.run("c1", work("w1", CompletableFuture.completedFuture("a1")))
            .subscribeAsCompletionStage();

    first.completeExceptionally(new IllegalStateException("refused"));

    assertTrue(failed.isCompletedExceptionally());
    assertEquals("a1", next.join());
    assertEquals(List.of("lock 1", "start w0", "start w1", "unlock 1"), journal);
  }

  @Test
  void classesDoNotWaitForEachOther() {
    ClassLockHolds<Integer> lock = holds(32);
    lock.run("c1", work("w1", new CompletableFuture<>())).subscribeAsCompletionStage();
    CompletableFuture<String> other =
        lock.run("c2", work("w2", CompletableFuture.completedFuture("a2")))
            .subscribeAsCompletionStage();

    assertEquals("a2", other.join());
  }

  @Test
  void aLockThatCannotBeTakenFailsTheWaitingWorksAndTheNextRequestTriesAgain() {
    AtomicInteger attempts = new AtomicInteger();
    ClassLockHolds<Integer> lock =
        new ClassLockHolds<>(
            classId ->
                attempts.incrementAndGet() == 1
                    ? Uni.createFrom().failure(new IllegalStateException("store gone"))
                    : Uni.createFrom().item(2),
            hold -> Uni.createFrom().voidItem(),
            32,
            Duration.ofMinutes(1),
            Duration.ofMinutes(1));

    CompletableFuture<String> refused =
        lock.run("c1", work("w0", CompletableFuture.completedFuture("a0")))
            .subscribeAsCompletionStage();
    CompletableFuture<String> served =
        lock.run("c1", work("w1", CompletableFuture.completedFuture("a1")))
            .subscribeAsCompletionStage();

    assertTrue(refused.isCompletedExceptionally());
    assertEquals("a1", served.join());
  }
}
