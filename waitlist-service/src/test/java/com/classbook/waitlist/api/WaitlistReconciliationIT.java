package com.classbook.waitlist.api;

import static com.classbook.waitlist.support.Studio.WAIT;
import static com.classbook.waitlist.support.Studio.book;
import static com.classbook.waitlist.support.Studio.booked;
import static com.classbook.waitlist.support.Studio.bookingOf;
import static com.classbook.waitlist.support.Studio.cancelBooking;
import static com.classbook.waitlist.support.Studio.entry;
import static com.classbook.waitlist.support.Studio.inDays;
import static com.classbook.waitlist.support.Studio.join;
import static com.classbook.waitlist.support.Studio.joined;
import static com.classbook.waitlist.support.Studio.memberWithCredits;
import static com.classbook.waitlist.support.Studio.offerPackage;
import static com.classbook.waitlist.support.Studio.remainingCredits;
import static com.classbook.waitlist.support.Studio.scheduleClass;
import static com.classbook.waitlist.support.Studio.statusOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.testing.KafkaProbe;
import com.classbook.platform.testing.MutableClock;
import com.classbook.platform.testing.TestTokens;
import com.classbook.waitlist.application.port.in.ReconcileWithBookingUseCase;
import com.classbook.waitlist.support.BookingServiceProcess;
import com.classbook.waitlist.support.SchemaQueries;
import com.classbook.waitlist.support.Studio;
import com.classbook.waitlist.support.Studio.Member;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the catalog and lost commits do to holds and seats, against the real booking service: seats
 * added by a capacity change and seats of a deactivated class go to the waiting members, and a hold
 * whose join never committed is refunded. The reconciliation runs every second or two here.
 */
@QuarkusTest
@TestProfile(WaitlistReconciliationIT.FastReconciliation.class)
@WithTestResource(value = BookingServiceProcess.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WaitlistReconciliationIT {

  /** The reconciliation passes at test speed. */
  public static class FastReconciliation implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "classbook.waitlist.reconcile.seats-interval", "1s",
          "classbook.waitlist.reconcile.holds-interval", "2s",
          // Longer than other tests keep a hold of their own without an entry on the shared schema.
          "classbook.waitlist.reconcile.orphan-age", "PT15S");
    }
  }

  @Inject ReconcileWithBookingUseCase reconciliation;
  @Inject MutableClock clock;

  private PackageState tenCredits;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @BeforeEach
  void aPackage() {
    tenCredits = offerPackage(10);
  }

  @Test
  void seatsAddedToAFullClassGoToTheWaitingMembersFirst() {
    ClassState full = scheduleClass(inDays(8), 1, 2);
    booked(memberWithCredits(tenCredits), full.id());
    Member ann = memberWithCredits(tenCredits);
    String annEntry = joined(ann, full.id());

    publish(ClassState.UPDATED, full.withCapacity(3).withActive(true));

    awaitStatus(ann, annEntry, "PROMOTED");
    assertEquals(
        "CONFIRMED", bookingOf(ann, (String) entry(ann, annEntry).get("bookingId")).get("status"));
    assertEquals(8, remainingCredits(ann));
    booked(memberWithCredits(tenCredits), full.id());
    book(memberWithCredits(tenCredits), full.id()).then().statusCode(409);
    assertEquals(0, SchemaQueries.slotAccountingGap(full.id()));
  }

  @Test
  void aDeactivatedClassStillPromotesItsWaitlistAndRefundsNobody() {
    ClassState full = scheduleClass(inDays(8), 1, 2);
    Member seated = memberWithCredits(tenCredits);
    String seat = booked(seated, full.id());
    Member ann = memberWithCredits(tenCredits);
    String annEntry = joined(ann, full.id());

    publish(ClassState.UPDATED, full.withCapacity(1).withActive(false));
    await()
        .atMost(WAIT)
        .until(
            () ->
                SchemaQueries.booking(
                            "SELECT COUNT(*) FROM class_inventory WHERE id = ? AND is_active = FALSE",
                            full.id())
                        == 1
                    && SchemaQueries.waitlist(
                            "SELECT COUNT(*) FROM class_schedule_replica WHERE id = ?"
                                + " AND active = FALSE",
                            full.id())
                        == 1);
    join(memberWithCredits(tenCredits), full.id()).then().statusCode(422);

    cancelBooking(seated, seat);

    awaitStatus(ann, annEntry, "PROMOTED");
    assertEquals(8, remainingCredits(ann), "promoted, not refunded");
  }

  @Test
  void aHoldWhoseJoinNeverCommittedIsRefundedOnceAndTheMemberMayJoinAgain() {
    ClassState full = scheduleClass(inDays(8), 1, 2);
    booked(memberWithCredits(tenCredits), full.id());
    Member bob = memberWithCredits(tenCredits);
    // The booking service placed the hold, but the waitlist's join rolled back (it timed out).
    String orphan = orphanHold(bob, full.id());
    assertEquals(8, remainingCredits(bob));
    join(bob, full.id()).then().statusCode(409);

    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> "CANCELLED".equals(bookingOf(bob, orphan).get("status")));
    assertEquals(true, bookingOf(bob, orphan).get("refunded"));
    assertEquals(10, remainingCredits(bob));
    joined(bob, full.id());
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                SchemaQueries.booking(
                        "SELECT COUNT(*) FROM outbox_event WHERE event_key = ? AND event_type = ?",
                        orphan,
                        BookingEvent.HOLD_RELEASED)
                    == 1);
  }

  @Test
  void twoInstancesReleasingTheSameOrphanAtOnceRefundItOnce() throws Exception {
    ClassState full = scheduleClass(inDays(8), 1, 2);
    booked(memberWithCredits(tenCredits), full.id());
    Member cat = memberWithCredits(tenCredits);
    String orphan = orphanHold(cat, full.id());

    clock.advance(Duration.ofMinutes(1));
    ExecutorService instances = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Integer> pass =
        () -> {
          start.await();
          try {
            return VertxContextSupport.subscribeAndAwait(reconciliation::releaseOrphanHolds);
          } catch (Throwable failure) {
            throw new IllegalStateException(failure);
          }
        };
    List<Future<Integer>> passes = List.of(instances.submit(pass), instances.submit(pass));
    start.countDown();
    for (Future<Integer> done : passes) {
      done.get(60, TimeUnit.SECONDS);
    }
    instances.shutdown();

    assertEquals("CANCELLED", bookingOf(cat, orphan).get("status"));
    assertEquals(10, remainingCredits(cat));
    assertEquals(
        1,
        SchemaQueries.booking(
            "SELECT COUNT(*) FROM outbox_event WHERE event_key = ? AND event_type = ?",
            orphan,
            BookingEvent.HOLD_RELEASED));
  }

  /** A hold the booking service placed for a join of the member that then rolled back. */
  private static String orphanHold(Member member, String classId) {
    return Studio.booking(new Member("waitlist-service", TestTokens.service()))
        .body(
            Map.of(
                "requestId",
                UUID.randomUUID().toString(),
                "userId",
                member.id(),
                "classId",
                classId))
        .post("/internal/v1/holds")
        .then()
        .statusCode(201)
        .extract()
        .path("bookingId");
  }

  private static void publish(String type, ClassState state) {
    KafkaProbe.publish(Topics.CATALOG_CLASSES, state.id(), "/catalog-service", type, state);
  }

  private static void awaitStatus(Member member, String entryId, String status) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> status.equals(statusOf(member, entryId)));
  }
}
