package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.booking.support.Race;
import com.classbook.kernel.event.catalog.ClassState;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A booking whose snapshot still shows the class bookable must not take a seat once the class's
 * cancellation has committed: the seat is taken by a guarded update that checks the class as
 * committed, and a cancelled class has no free seat left.
 */
@QuarkusTest
class ClassCancellationRaceTest {

  @Test
  void aBookingWaitingOnTheRowOfAClassBeingCancelledIsRefusedAndKeepsItsCredits() throws Exception {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 2, 1);
    List<String> members = Race.membersWithCredits(2, "SG", 1);
    String firstBooking =
        given()
            .auth()
            .oauth2(members.get(0))
            .contentType(ContentType.JSON)
            .body(Map.of("classId", cls.id()))
            .post("/api/v1/bookings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // Forced interleaving: the cancellation takes the class row, then waits on the first booking's
    // row (held here); the second booking reads its snapshot (class still bookable) and waits on
    // the class row in its seat update; then the cancellation commits first.
    Race.InFlight booking;
    try (AutoCloseable held = Db.lockBookingRow(firstBooking)) {
      Catalog.publish(ClassState.CANCELLED, cls.withActive(false).withCancelled(true));
      Db.awaitRunning(
          "SELECT % FROM bookings b WHERE b.class_schedule_id = % FOR UPDATE",
          Duration.ofSeconds(60));
      booking = Race.start(List.of(members.get(1)), cls.id());
      Db.awaitRunning("UPDATE class_inventory SET free_slots%", Duration.ofSeconds(60));
    }
    Map<Integer, Long> statuses = booking.statuses();

    assertEquals(Map.of(422, 1L), statuses, "the late booking is refused");
    assertEquals(
        0,
        Db.count(
            "SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ?"
                + " AND status IN ('CONFIRMED', 'CHECKED_IN')",
            cls.id()));
    Map<String, Object> row =
        Db.one(
            "SELECT is_cancelled, free_slots, reserved_slots FROM class_inventory WHERE id = ?",
            cls.id());
    assertEquals(0, Db.integer(row, "free_slots"), "a cancelled class has no free seat");
    assertEquals(0, Db.integer(row, "reserved_slots"));
    Db.assertInvariants(cls.id());
    assertEquals(
        1,
        Db.count("SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ?", cls.id()),
        "only the first booking, cancelled: the refused one debited nothing");
  }
}
