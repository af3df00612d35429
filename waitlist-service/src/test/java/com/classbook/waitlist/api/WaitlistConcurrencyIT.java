package com.classbook.waitlist.api;

import static com.classbook.waitlist.api.WaitlistPromotionIT.awaitStatus;
import static com.classbook.waitlist.support.Studio.booked;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.testing.Burst;
import com.classbook.waitlist.support.BookingServiceProcess;
import com.classbook.waitlist.support.SchemaQueries;
import com.classbook.waitlist.support.Studio.Member;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** I4 and I5 when requests of one member, or cancellations of several, arrive at the same time. */
@QuarkusTest
@WithTestResource(value = BookingServiceProcess.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WaitlistConcurrencyIT {

  private PackageState tenCredits;

  @BeforeEach
  void aPackage() {
    tenCredits = offerPackage(10);
  }

  @Test
  void oneMemberJoiningManyTimesAtOnceGetsOneEntryAndPaysOnce() {
    ClassState full = scheduleClass(inDays(11), 1, 2);
    booked(memberWithCredits(tenCredits), full.id());
    Member ann = memberWithCredits(tenCredits);

    Map<Integer, Long> statuses = allAtOnce(8, () -> join(ann, full.id()).statusCode());

    assertEquals(1L, statuses.getOrDefault(201, 0L), "one entry: " + statuses);
    assertEquals(7L, statuses.getOrDefault(409, 0L), "ALREADY_WAITLISTED: " + statuses);
    assertEquals(
        1,
        SchemaQueries.waitlist(
            "SELECT COUNT(*) FROM waitlist_entry WHERE user_id = ? AND class_schedule_id = ?",
            ann.id(),
            full.id()));
    assertEquals(
        1,
        SchemaQueries.booking(
            "SELECT COUNT(*) FROM bookings WHERE user_id = ? AND class_schedule_id = ?"
                + " AND status = 'WAITLISTED'",
            ann.id(),
            full.id()),
        "one credit hold");
    assertEquals(8, remainingCredits(ann), "two credits held once");
  }

  @Test
  void seatsFreedAtTheSameTimeGoToTheEarliestJoinersOnly() {
    ClassState full = scheduleClass(inDays(12), 3, 2);
    List<Member> seated = new ArrayList<>();
    List<String> seats = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Member member = memberWithCredits(tenCredits);
      seated.add(member);
      seats.add(booked(member, full.id()));
    }
    Member ann = memberWithCredits(tenCredits);
    Member bob = memberWithCredits(tenCredits);
    Member cid = memberWithCredits(tenCredits);
    String annEntry = joined(ann, full.id());
    String bobEntry = joined(bob, full.id());
    String cidEntry = joined(cid, full.id());

    List<Integer> order = new ArrayList<>(List.of(0, 1));
    allAtOnce(
        2,
        () -> {
          int i;
          synchronized (order) {
            i = order.remove(0);
          }
          cancelBooking(seated.get(i), seats.get(i));
          return 200;
        });

    awaitStatus(ann, annEntry, "PROMOTED");
    awaitStatus(bob, bobEntry, "PROMOTED");
    assertEquals("WAITING", statusOf(cid, cidEntry), "I5: the third joiner still waits");
    assertEquals(1, entry(cid, cidEntry).get("position"));
    assertEquals(
        0, SchemaQueries.slotAccountingGap(full.id()), "I2: free + reserved + booked = capacity");
    assertTrue(
        SchemaQueries.booking(
                "SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ? AND status = 'CONFIRMED'",
                full.id())
            == 3,
        "one seated member and the two promoted");
  }

  /** Runs {@code calls} copies of the call released together; counts each answer. */
  private static Map<Integer, Long> allAtOnce(int calls, Callable<Integer> call) {
    return Burst.allAtOnce(calls, call).stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
