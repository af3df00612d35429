package com.classbook.booking.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ClassLock;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.SlotCounter;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The allocation skeleton with in-memory ports: counter rebuild, lock order, retries. */
class SlotAllocationTest {

  private static final Instant START = Instant.parse("2030-01-01T08:00:00Z");

  private final Map<String, String> cache = new HashMap<>();
  private final List<String> journal = new ArrayList<>();
  private final Map<String, ClassInventory> rows = new HashMap<>();

  private final SlotCounter counter =
      new SlotCounter() {
        @Override
        public Uni<Optional<Integer>> read(String classId) {
          return Uni.createFrom()
              .item(Optional.ofNullable(cache.get(classId)).map(Integer::valueOf));
        }

        @Override
        public Uni<Void> initialise(String classId, int free, long version) {
          journal.add("initialise " + free);
          cache.putIfAbsent(classId, String.valueOf(free));
          return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> publish(String classId, int free, long version) {
          journal.add("publish " + free);
          cache.put(classId, String.valueOf(free));
          return Uni.createFrom().voidItem();
        }
      };

  private final ClassLock lock =
      new ClassLock() {
        @Override
        public <T> Uni<T> withLock(String classId, Supplier<Uni<T>> work) {
          journal.add("lock");
          return Uni.createFrom().<T>deferred(work::get).eventually(() -> journal.add("unlock"));
        }
      };

  private final TransactionRunner tx = BookingFakes.transactions(journal::add);

  private final ClassInventoryRepository classes =
      (ClassInventoryRepository)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {ClassInventoryRepository.class},
              (proxy, method, args) -> {
                if (method.getName().equals("find")) {
                  return Uni.createFrom().item(Optional.ofNullable(rows.get((String) args[0])));
                }
                throw new UnsupportedOperationException(method.getName());
              });

  private final FreeSeatsCache freeSeats = new FreeSeatsCache(counter, tx, classes);

  private SlotAllocation allocation() {
    return new SlotAllocation(
        lock,
        tx,
        freeSeats,
        new BookingSettings(Duration.ofHours(4), Duration.ofMinutes(15), 3, 10));
  }

  private static ClassInventory cls(int free, long version) {
    return new ClassInventory(
        "c", "SG", START, START.plusSeconds(3600), 5, free, 0, 1, true, false, version);
  }

  @Test
  // Only the allocation's side: it asks the port to initialise from the database. That the real
  // adapter's initialise is a SET NX is shown against Redis in RedisSlotCounterTest.
  void aMissingCounterIsInitialisedFromTheDatabase() {
    rows.put("c", cls(2, 7));
    assertEquals(2, freeSeats.freeSeats("c").await().indefinitely());
    assertEquals(List.of("initialise 2"), journal);
    assertEquals("2", cache.get("c"));
    assertEquals(
        ProblemCode.CLASS_NOT_FOUND,
        assertThrows(DomainProblem.class, () -> freeSeats.freeSeats("x").await().indefinitely())
            .code());
  }

  @Test
  void theLockCoversTheTransactionAloneAndTheCounterFollowsTheCommit() {
    String result =
        allocation()
            .underClassLock(
                "c", () -> Uni.createFrom().item(Committed.withSeats("booked", cls(1, 8))))
            .await()
            .indefinitely();
    assertEquals("booked", result);
    assertEquals(List.of("lock", "begin", "commit", "unlock", "publish 1"), journal);
  }

  @Test
  void aTransactionThatLostAGuardedUpdateRunsAgainFromScratch() {
    AtomicInteger attempts = new AtomicInteger();
    String result =
        allocation()
            .<String>underClassLock(
                "c",
                () ->
                    attempts.incrementAndGet() < 3
                        ? Uni.createFrom().failure(new ConcurrentUpdate("stale"))
                        : Uni.createFrom().item(Committed.withoutSeatChange("ok")))
            .await()
            .indefinitely();
    assertEquals("ok", result);
    assertEquals(3, attempts.get());
    assertEquals(List.of("lock", "begin", "begin", "begin", "commit", "unlock"), journal);
  }

  @Test
  void aClassFullRefusalRefreshesTheCounterFromTheDatabase() {
    rows.put("c", cls(0, 9));
    cache.put("c", "1");
    assertThrows(
        DomainProblem.class,
        () ->
            allocation()
                .<String>underClassLock(
                    "c",
                    () ->
                        Uni.createFrom().failure(new DomainProblem(ProblemCode.CLASS_FULL, "full")))
                .await()
                .indefinitely());
    assertEquals("0", cache.get("c"));
  }
}
