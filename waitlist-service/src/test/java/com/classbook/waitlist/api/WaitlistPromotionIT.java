package com.classbook.waitlist.api;

import static com.classbook.waitlist.support.Studio.WAIT;
import static com.classbook.waitlist.support.Studio.book;
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
import static com.classbook.waitlist.support.Studio.statusOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.platform.testing.KafkaProbe;
import com.classbook.platform.testing.TestTokens;
import com.classbook.waitlist.support.BookingServiceProcess;
import com.classbook.waitlist.support.SchemaQueries;
import com.classbook.waitlist.support.Studio;
import com.classbook.waitlist.support.Studio.Member;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Promotion of freed seats in join order, against the real booking service and Kafka. */
@QuarkusTest
@WithTestResource(value = BookingServiceProcess.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WaitlistPromotionIT {

  private PackageState tenCredits;

  @BeforeEach
  void aPackage() {
    tenCredits = offerPackage(10);
  }

  @Test
  void freedSeatsGoToTheWaitingMembersInJoinOrder() {
    ClassState full = scheduleClass(inDays(5), 2, 2);
    Member first = memberWithCredits(tenCredits);
    Member second = memberWithCredits(tenCredits);
    String firstSeat = booked(first, full.id());
    String secondSeat = booked(second, full.id());
    Member ann = memberWithCredits(tenCredits);
    Member bob = memberWithCredits(tenCredits);
    Member cat = memberWithCredits(tenCredits);
    String annEntry = joined(ann, full.id());
    String bobEntry = joined(bob, full.id());
    String catEntry = joined(cat, full.id());

    cancelBooking(first, firstSeat);
    awaitStatus(ann, annEntry, "PROMOTED");
    assertEquals(1, entry(bob, bobEntry).get("position"));
    assertEquals(2, entry(cat, catEntry).get("position"));

    cancelBooking(second, secondSeat);
    awaitStatus(bob, bobEntry, "PROMOTED");
    assertEquals(1, entry(cat, catEntry).get("position"));

    Map<String, Object> annEntryView = entry(ann, annEntry);
    assertEquals(null, annEntryView.get("position"));
    assertTrue(annEntryView.get("promotedAt") != null);
    assertEquals("CONFIRMED", bookingOf(ann, (String) annEntryView.get("bookingId")).get("status"));
    assertEquals(
        "CONFIRMED", bookingOf(bob, (String) entry(bob, bobEntry).get("bookingId")).get("status"));
    assertEquals(8, remainingCredits(ann));
    assertEquals(
        List.of(WaitlistEvent.JOINED, WaitlistEvent.PROMOTED), Studio.eventTypes(annEntry, 2));
    assertEquals(
        0,
        SchemaQueries.booking(
            "SELECT COUNT(*) FROM class_inventory WHERE id = ? AND reserved_slots > 0", full.id()));
  }

  @Test
  void aHeadThatCanNoLongerBePromotedIsSkippedAndRefunded() {
    ClassState full = scheduleClass(inDays(6), 1, 2);
    Member seated = memberWithCredits(tenCredits);
    String seat = booked(seated, full.id());
    Member ann = memberWithCredits(tenCredits);
    Member bob = memberWithCredits(tenCredits);
    String annEntry = joined(ann, full.id());
    String bobEntry = joined(bob, full.id());
    // Ann's hold is released behind the waitlist's back: she can no longer be promoted.
    String annHold = (String) entry(ann, annEntry).get("bookingId");
    Studio.booking(new Member("waitlist-service", TestTokens.service()))
        .post("/internal/v1/holds/" + annHold + "/release")
        .then()
        .statusCode(200);

    cancelBooking(seated, seat);

    awaitStatus(bob, bobEntry, "PROMOTED");
    Map<String, Object> skipped = entry(ann, annEntry);
    assertEquals("REFUNDED", skipped.get("status"));
    assertEquals(true, skipped.get("refunded"));
    assertEquals(10, remainingCredits(ann));
    assertEquals(
        List.of(WaitlistEvent.JOINED, WaitlistEvent.REFUNDED), Studio.eventTypes(annEntry, 2));
  }

  @Test
  void aDuplicatedCancellationEventPromotesOnlyOnce() {
    ClassState full = scheduleClass(inDays(7), 1, 2);
    Member seated = memberWithCredits(tenCredits);
    String seat = booked(seated, full.id());
    Member ann = memberWithCredits(tenCredits);
    Member bob = memberWithCredits(tenCredits);
    String annEntry = joined(ann, full.id());
    String bobEntry = joined(bob, full.id());

    cancelBooking(seated, seat);
    awaitStatus(ann, annEntry, "PROMOTED");
    ConsumerRecord<String, String> cancelled =
        KafkaProbe.awaitMatching(
                Topics.BOOKING_BOOKINGS,
                r ->
                    seat.equals(r.key())
                        && BookingEvent.CANCELLED.equals(EventJson.read(r.value()).type()),
                WAIT)
            .get(0);
    // The same event again (a redelivery) and as a new event id (a second publication).
    EventEnvelope original = EventJson.read(cancelled.value());
    EventEnvelope copy =
        EventEnvelope.of(
            original.source(),
            original.type(),
            original.subject(),
            original.time(),
            original.dataAs(BookingEvent.class));
    KafkaProbe.send(Topics.BOOKING_BOOKINGS, seat, cancelled.value());
    KafkaProbe.send(Topics.BOOKING_BOOKINGS, seat, EventJson.write(copy));

    await()
        .atMost(WAIT)
        .until(
            () ->
                SchemaQueries.waitlist(
                        "SELECT COUNT(*) FROM inbox_event WHERE consumer = 'waitlist-booking-events'"
                            + " AND event_id = ?",
                        copy.id())
                    == 1);
    assertEquals("WAITING", statusOf(bob, bobEntry));
    assertEquals(1, entry(bob, bobEntry).get("position"));
    assertEquals(
        1, SchemaQueries.waitlist("SELECT COUNT(*) FROM freed_slot WHERE slot_ref = ?", seat));
    assertEquals(
        1,
        SchemaQueries.waitlist(
            "SELECT COUNT(*) FROM waitlist_entry WHERE promoted_slot_ref = ?", seat));
    assertEquals(
        List.of(WaitlistEvent.JOINED, WaitlistEvent.PROMOTED), Studio.eventTypes(annEntry, 2));
  }

  @Test
  void aFreedSeatIsNeverTakenByANewcomerWhileSomeoneWaits() throws Exception {
    ClassState full = scheduleClass(inDays(8), 1, 2);
    Member seated = memberWithCredits(tenCredits);
    String seat = booked(seated, full.id());
    Member ann = memberWithCredits(tenCredits);
    String annEntry = joined(ann, full.id());
    List<Member> newcomers =
        List.of(
            memberWithCredits(tenCredits),
            memberWithCredits(tenCredits),
            memberWithCredits(tenCredits),
            memberWithCredits(tenCredits));

    // Newcomers keep asking for the seat from before the cancellation until Ann is promoted, so
    // their requests provably fall into the window where the freed seat is waiting for her.
    AtomicBoolean promoted = new AtomicBoolean();
    AtomicLong cancelledAt = new AtomicLong(Long.MAX_VALUE);
    List<long[]> answers = new CopyOnWriteArrayList<>();
    CountDownLatch rushing = new CountDownLatch(newcomers.size());
    ExecutorService pool = Executors.newFixedThreadPool(newcomers.size());
    List<Future<?>> rushers = new ArrayList<>();
    for (Member newcomer : newcomers) {
      rushers.add(
          pool.submit(
              () -> {
                rushing.countDown();
                Instant deadline = Instant.now().plus(WAIT);
                while (!promoted.get() && Instant.now().isBefore(deadline)) {
                  int status = book(newcomer, full.id()).statusCode();
                  answers.add(new long[] {System.nanoTime(), status});
                }
              }));
    }
    assertTrue(rushing.await(30, TimeUnit.SECONDS), "newcomers started");
    cancelBooking(seated, seat);
    cancelledAt.set(System.nanoTime());
    awaitStatus(ann, annEntry, "PROMOTED");
    promoted.set(true);
    for (Future<?> rusher : rushers) {
      rusher.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    long racedTheFreedSeat = answers.stream().filter(a -> a[0] > cancelledAt.get()).count();
    assertTrue(racedTheFreedSeat > 0, "no newcomer asked after the cancellation");
    assertTrue(
        answers.stream().allMatch(a -> a[1] == 409),
        "every newcomer refused: " + answers.stream().map(a -> a[1]).toList());
    assertEquals(
        1,
        SchemaQueries.booking(
            "SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ? AND status = 'CONFIRMED'",
            full.id()));
    assertEquals(
        0, SchemaQueries.slotAccountingGap(full.id()), "I2: free + reserved + booked = capacity");
  }

  @Test
  void aCancelledClassRefundsEveryWaitingMember() {
    ClassState full = scheduleClass(inDays(9), 1, 2);
    Member seated = memberWithCredits(tenCredits);
    booked(seated, full.id());
    Member ann = memberWithCredits(tenCredits);
    Member bob = memberWithCredits(tenCredits);
    String annEntry = joined(ann, full.id());
    String bobEntry = joined(bob, full.id());

    Studio.cancelClass(full);

    awaitStatus(ann, annEntry, "REFUNDED");
    awaitStatus(bob, bobEntry, "REFUNDED");
    await().atMost(WAIT).until(() -> remainingCredits(ann) == 10 && remainingCredits(bob) == 10);
    assertEquals(
        List.of(WaitlistEvent.JOINED, WaitlistEvent.REFUNDED), Studio.eventTypes(bobEntry, 2));
  }

  static void awaitStatus(Member member, String entryId, String status) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> status.equals(statusOf(member, entryId)));
  }
}
