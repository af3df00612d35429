package com.classbook.booking.api;

import static com.classbook.booking.support.Bookings.book;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deactivating a class hides it from new bookings and joins; the bookings and holds it has stay,
 * and a seat freed while members wait is still promoted to them (not refunded).
 */
@QuarkusTest
class DeactivatedClassApiTest {

  private static final String SERVICE = TestTokens.service();

  @Test
  void anInactiveClassTakesNoNewBookingOrHoldButPromotesTheHoldsItHas() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    String booker = member(UUID.randomUUID().toString());
    String bookingId = book(booker, cls.id()).statusCode(201).extract().path("id");
    String waiterId = UUID.randomUUID().toString();
    member(waiterId);
    String holdId = hold(waiterId, cls.id()).statusCode(201).extract().path("bookingId");

    Catalog.publish(ClassState.UPDATED, cls.withActive(false));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !Boolean.TRUE.equals(
                    Db.one("SELECT is_active FROM class_inventory WHERE id = ?", cls.id())
                        .get("is_active")));

    book(member(UUID.randomUUID().toString()), cls.id())
        .statusCode(422)
        .body("code", equalTo("CLASS_NOT_BOOKABLE"));
    String otherId = UUID.randomUUID().toString();
    member(otherId);
    hold(otherId, cls.id()).statusCode(422).body("code", equalTo("CLASS_NOT_BOOKABLE"));

    given()
        .auth()
        .oauth2(booker)
        .post("/api/v1/bookings/" + bookingId + "/cancel")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(SERVICE)
        .contentType(ContentType.JSON)
        .body(Map.of("slotRef", bookingId))
        .post("/internal/v1/holds/" + holdId + "/promote")
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"));
    assertEquals(
        "CONFIRMED",
        Db.one("SELECT status FROM bookings WHERE id = ?", holdId).get("status"),
        "the waiting member got the seat; nothing was refunded");
    Db.assertInvariants(cls.id());
  }

  private static String member(String userId) {
    String token = TestTokens.member(userId, "SG");
    Catalog.buy(token, Catalog.offer("SG", 5, 30, true).id());
    return token;
  }

  private static ValidatableResponse hold(String userId, String classId) {
    return given()
        .auth()
        .oauth2(SERVICE)
        .contentType(ContentType.JSON)
        .body(
            Map.of("requestId", UUID.randomUUID().toString(), "userId", userId, "classId", classId))
        .post("/internal/v1/holds")
        .then();
  }
}
