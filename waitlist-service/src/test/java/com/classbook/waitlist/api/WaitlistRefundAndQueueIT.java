package com.classbook.waitlist.api;

import static com.classbook.waitlist.api.WaitlistPromotionIT.awaitStatus;
import static com.classbook.waitlist.support.Studio.booked;
import static com.classbook.waitlist.support.Studio.bookingOf;
import static com.classbook.waitlist.support.Studio.cancelBooking;
import static com.classbook.waitlist.support.Studio.entry;
import static com.classbook.waitlist.support.Studio.inDays;
import static com.classbook.waitlist.support.Studio.joined;
import static com.classbook.waitlist.support.Studio.memberWithCredits;
import static com.classbook.waitlist.support.Studio.offerPackage;
import static com.classbook.waitlist.support.Studio.remainingCredits;
import static com.classbook.waitlist.support.Studio.scheduleClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.platform.testing.MutableClock;
import com.classbook.waitlist.application.port.in.RefundWaitlistUseCase;
import com.classbook.waitlist.support.BookingServiceProcess;
import com.classbook.waitlist.support.SchemaQueries;
import com.classbook.waitlist.support.Studio;
import com.classbook.waitlist.support.Studio.Member;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** Refunds at class start (moved clock) and the Redis queue as a rebuildable cache. */
@QuarkusTest
@WithTestResource(value = BookingServiceProcess.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WaitlistRefundAndQueueIT {

  @Inject MutableClock clock;
  @Inject RefundWaitlistUseCase refunds;
  @Inject RedissonClient redis;

  private PackageState tenCredits;

  @BeforeEach
  void aPackage() {
    tenCredits = offerPackage(10);
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void classStartRefundsEveryUnpromotedEntryExactlyOnceEvenWithConcurrentPasses() throws Exception {
    // Starts before the classes of the other tests, so moving the clock concerns this one only.
    ClassState soon = scheduleClass(inDays(1).plus(Duration.ofMinutes(7)), 1, 2);
    booked(memberWithCredits(tenCredits), soon.id());
    Member ann = memberWithCredits(tenCredits);
    Member bob = memberWithCredits(tenCredits);
    String annEntry = joined(ann, soon.id());
    String bobEntry = joined(bob, soon.id());
    String annHold = (String) entry(ann, annEntry).get("bookingId");

    clock.set(soon.startTime().plusSeconds(1));
    // Two passes at once, as two instances would run them; the scheduled job stays out of the
    // way in tests (its interval is an hour), so these two passes do all the work.
    ExecutorService instances = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> passes = new ArrayList<>();
    Callable<Integer> pass =
        () -> {
          start.await();
          try {
            return VertxContextSupport.subscribeAndAwait(() -> refunds.refundDueEntries());
          } catch (Throwable failure) {
            throw new IllegalStateException(failure);
          }
        };
    passes.add(instances.submit(pass));
    passes.add(instances.submit(pass));
    start.countDown();
    List<Integer> classesRefunded = new ArrayList<>();
    for (Future<Integer> done : passes) {
      classesRefunded.add(done.get(60, TimeUnit.SECONDS));
    }
    instances.shutdown();
    // Each pass counts the classes it refunded: exactly one of the two did this class's refunds.
    assertEquals(
        1,
        classesRefunded.stream().mapToInt(Integer::intValue).sum(),
        "classes refunded per pass: " + classesRefunded);

    awaitStatus(ann, annEntry, "REFUNDED");
    awaitStatus(bob, bobEntry, "REFUNDED");
    assertEquals(10, remainingCredits(ann));
    assertEquals(10, remainingCredits(bob));
    assertEquals("CANCELLED", bookingOf(ann, annHold).get("status"));
    assertEquals(true, entry(ann, annEntry).get("refunded"));
    assertEquals(
        List.of(WaitlistEvent.JOINED, WaitlistEvent.REFUNDED), Studio.eventTypes(annEntry, 2));
    assertEquals(
        List.of(WaitlistEvent.JOINED, WaitlistEvent.REFUNDED), Studio.eventTypes(bobEntry, 2));
  }

  @Test
  void aFlushedQueueIsRebuiltFromTheDatabaseInJoinOrder() {
    ClassState full = scheduleClass(inDays(10), 1, 2);
    Member seated = memberWithCredits(tenCredits);
    String seat = booked(seated, full.id());
    List<Member> members = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Member member = memberWithCredits(tenCredits);
      members.add(member);
      entries.add(joined(member, full.id()));
    }
    String key = "class:" + full.id() + ":waitlist";
    assertEquals(entries, List.copyOf(redis.<String>getScoredSortedSet(key).readAll()));

    long flushed = redis.getKeys().deleteByPattern("class:*:waitlist");
    assertTrue(flushed >= 1);
    assertEquals(0, redis.<String>getScoredSortedSet(key).size());

    for (int i = 0; i < 3; i++) {
      assertEquals(i + 1, entry(members.get(i), entries.get(i)).get("position"));
    }
    assertEquals(entries, List.copyOf(redis.<String>getScoredSortedSet(key).readAll()));

    // The queue's truth is MySQL: a seat freed after the flush still goes to the first member.
    redis.getKeys().deleteByPattern("class:*:waitlist");
    cancelBooking(seated, seat);
    awaitStatus(members.get(0), entries.get(0), "PROMOTED");
    assertEquals(1, entry(members.get(1), entries.get(1)).get("position"));
    assertEquals(
        2,
        SchemaQueries.waitlist(
            "SELECT COUNT(*) FROM waitlist_entry WHERE class_schedule_id = ? AND status = 'WAITING'",
            full.id()));
  }
}
