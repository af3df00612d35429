package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.booking.support.Race;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** Many members, one small class, all at once over HTTP: the guarded transaction decides. */
@QuarkusTest
class BookingRaceTest {

  @Inject RedissonClient redisson;

  @Test
  void manyMembersRaceForFewSeatsAndExactlyCapacityWin() {
    int capacity = 3;
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(7), capacity, 2);
    List<String> tokens = Race.membersWithCredits(24, "SG", 4);

    Map<Integer, Long> statuses = Race.bookAll(tokens, cls.id());

    assertEquals(capacity, statuses.getOrDefault(201, 0L), "confirmations: " + statuses);
    assertEquals(
        tokens.size() - capacity, statuses.getOrDefault(409, 0L), "CLASS_FULL: " + statuses);
    assertEquals(
        capacity,
        Db.count(
            "SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ? AND status = 'CONFIRMED'",
            cls.id()));
    Db.assertInvariants(cls.id());
    assertEquals(
        (tokens.size() - capacity) * 4L + capacity * 2L,
        Race.remainingCreditsOf(tokens),
        "every loser keeps all credits, every winner paid once");
  }

  @Test
  void oneMemberFiringTheSameBookingManyTimesGetsOneBooking() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(7), 10, 1);
    String token = Race.membersWithCredits(1, "SG", 10).get(0);
    List<String> same = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      same.add(token);
    }

    Map<Integer, Long> statuses = Race.bookAll(same, cls.id());

    assertEquals(1L, statuses.getOrDefault(201, 0L), "one confirmation: " + statuses);
    assertEquals(15L, statuses.getOrDefault(409, 0L), "ALREADY_BOOKED: " + statuses);
    assertEquals(
        1, Db.count("SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ?", cls.id()));
    Db.assertInvariants(cls.id());
    assertEquals(9L, Race.remainingCreditsOf(List.of(token)));
  }

  @Test
  void flushingRedisInTheMiddleOfABurstLosesNothing() throws Exception {
    int capacity = 4;
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(7), capacity, 1);
    List<String> tokens = Race.membersWithCredits(30, "SG", 1);

    // The class row is held, so a booking transaction waits on it inside the database:
    // the flush provably happens while bookings are in flight, none of them answered yet.
    Race.InFlight race;
    try (AutoCloseable held = Db.lockClassRow(cls.id())) {
      race = Race.start(tokens, cls.id());
      Db.awaitRunning("%class_inventory%", Duration.ofSeconds(30));
      assertEquals(0, race.answeredSoFar(), "no booking can finish while the row is held");
      redisson.getKeys().flushall();
    }
    Map<Integer, Long> statuses = race.statuses();

    assertEquals(capacity, statuses.getOrDefault(201, 0L), "confirmations: " + statuses);
    assertEquals(
        tokens.size() - capacity, statuses.getOrDefault(409, 0L), "CLASS_FULL: " + statuses);
    Db.assertInvariants(cls.id());
    assertEquals(tokens.size() - capacity, Race.remainingCreditsOf(tokens));
    // The counter comes back from MySQL on the next miss.
    given()
        .auth()
        .oauth2(TestTokens.newMember("SG"))
        .contentType("application/json")
        .body(Map.of("classId", cls.id()))
        .post("/api/v1/bookings")
        .then()
        .statusCode(409);
    assertTrue(redisson.getBucket("class:" + cls.id() + ":slots").isExists());
    assertEquals("0", redisson.getBucket("class:" + cls.id() + ":slots").get());
  }
}
