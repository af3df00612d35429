package com.classbook.system.analytics;

import static com.classbook.system.support.Suite.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import com.classbook.system.support.Topic;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An analytics consumer reads every topic from the beginning and rebuilds per-class occupancy and
 * per-member credit balances; they match what the services answer.
 */
class AnalyticsRebuildIT {

  private static final Set<String> OCCUPYING = Set.of("CONFIRMED", "CHECKED_IN");

  @Test
  void occupancyAndBalancesRebuiltFromTopicsMatchTheServices() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 6, 30);
    Member alice = Suite.newMember("SG");
    Member bob = Suite.newMember("SG");
    Suite.buy(alice, packageId);
    Suite.buy(bob, packageId);
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(4, ChronoUnit.DAYS), 3, 2);
    Suite.book(alice, classId).then().statusCode(201);
    String bobBooking = Suite.book(bob, classId).then().statusCode(201).extract().path("id");
    as(bob.token()).post("/api/v1/bookings/" + bobBooking + "/cancel").then().statusCode(200);

    for (Member member : List.of(alice, bob)) {
      int answered = balance(member);
      Poll.until(
          "balance of " + member.email() + " rebuilt from booking.wallet.v1",
          Duration.ofSeconds(30),
          () -> rebuiltBalances().getOrDefault(member.id(), -1),
          rebuilt -> rebuilt == answered);
    }
    Poll.until(
        "occupancy of the class rebuilt from booking.bookings.v1",
        Duration.ofSeconds(30),
        () -> rebuiltOccupancy().getOrDefault(classId, -1),
        occupied -> occupied == 1);
    int capacity = Suite.api().get("/api/v1/classes/" + classId).then().extract().path("capacity");
    Poll.until(
        "catalog shows the same free seats",
        Duration.ofSeconds(30),
        () -> Suite.availableSlots(classId),
        n -> n == capacity - 1);

    // The seat counts booking publishes for the catalog agree with the occupancy rebuilt from
    // booking events.
    assertEquals(rebuiltOccupancy().get(classId), publishedBookedSlots().get(classId));
  }

  private static int balance(Member member) {
    List<Integer> remaining =
        as(member.token())
            .get("/api/v1/me/packages?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.remainingCredits", Integer.class);
    return remaining.stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Latest remaining credits per user package (one key, one partition: ordered), summed per member.
   */
  private static Map<String, Integer> rebuiltBalances() {
    Map<String, WalletEvent> latest = new HashMap<>();
    for (EventEnvelope event : events(Topics.BOOKING_WALLET)) {
      WalletEvent wallet = event.dataAs(WalletEvent.class);
      latest.put(wallet.userPackageId(), wallet);
    }
    Map<String, Integer> perMember = new HashMap<>();
    latest.values().forEach(w -> perMember.merge(w.userId(), w.remainingCredits(), Integer::sum));
    return perMember;
  }

  private static Map<String, Integer> rebuiltOccupancy() {
    Map<String, BookingEvent> latest = new HashMap<>();
    for (EventEnvelope event : events(Topics.BOOKING_BOOKINGS)) {
      BookingEvent booking = event.dataAs(BookingEvent.class);
      latest.put(booking.bookingId(), booking);
    }
    Map<String, Integer> perClass = new HashMap<>();
    latest.values().stream()
        .filter(b -> OCCUPYING.contains(b.status()))
        .forEach(b -> perClass.merge(b.classId(), 1, Integer::sum));
    return perClass;
  }

  private static Map<String, Integer> publishedBookedSlots() {
    Map<String, Integer> booked = new HashMap<>();
    for (EventEnvelope event : events(Topics.BOOKING_AVAILABILITY)) {
      AvailabilityChanged change = event.dataAs(AvailabilityChanged.class);
      booked.put(change.classId(), change.bookedSlots());
    }
    return booked;
  }

  private static List<EventEnvelope> events(String topic) {
    return Topic.readAll(topic).stream().map(r -> EventJson.read(r.value())).toList();
  }
}
