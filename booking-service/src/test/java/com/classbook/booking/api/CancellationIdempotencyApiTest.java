package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.Burst;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A cancellation refunds credits, so like every money-moving POST it honours Idempotency-Key. */
@QuarkusTest
class CancellationIdempotencyApiTest {

  private record Booked(String token, String packageId, String bookingId) {}

  private static Booked aBooking() {
    String token = TestTokens.newMember("SG");
    String pkg = Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 5, 3);
    String id =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(Map.of("classId", cls.id()))
            .post("/api/v1/bookings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Booked(token, pkg, id);
  }

  private static Response cancel(String token, String bookingId, String key) {
    return given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .post("/api/v1/bookings/" + bookingId + "/cancel");
  }

  @Test
  void aRepeatedCancellationReplaysTheFirstAnswerAndRefundsOnce() {
    Booked b = aBooking();
    String key = UUID.randomUUID().toString();

    cancel(b.token(), b.bookingId(), key)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("refunded", equalTo(true));
    cancel(b.token(), b.bookingId(), key)
        .then()
        .statusCode(200)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(b.bookingId()))
        .body("status", equalTo("CANCELLED"));

    assertRefundedOnce(b);
  }

  @Test
  void aKeyReusedForAnotherBookingIsRefused() {
    Booked first = aBooking();
    String key = UUID.randomUUID().toString();
    cancel(first.token(), first.bookingId(), key).then().statusCode(200);
    String other =
        given()
            .auth()
            .oauth2(first.token())
            .contentType(ContentType.JSON)
            .body(Map.of("classId", Catalog.schedule("SG", Catalog.inDays(5), 5, 1).id()))
            .post("/api/v1/bookings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    cancel(first.token(), other, key)
        .then()
        .statusCode(422)
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    given()
        .auth()
        .oauth2(first.token())
        .get("/api/v1/bookings/" + other)
        .then()
        .body("status", equalTo("CONFIRMED"));
  }

  @Test
  void concurrentDuplicatesGetOneFirstAnswerAndOneRefund() {
    Booked b = aBooking();
    String key = UUID.randomUUID().toString();

    List<Response> answers = Burst.allAtOnce(8, () -> cancel(b.token(), b.bookingId(), key));

    Burst.assertOneFirstAnswer(answers, 200);
    assertRefundedOnce(b);
  }

  private static void assertRefundedOnce(Booked b) {
    assertEquals(1, Db.events(b.bookingId(), BookingEvent.CANCELLED));
    assertEquals(1, Db.events(b.packageId(), WalletEvent.REFUNDED));
    int remaining =
        given()
            .auth()
            .oauth2(b.token())
            .get("/api/v1/me/packages")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].remainingCredits");
    assertEquals(10, remaining, "full refund, once");
    assertTrue(
        Db.count(
                "SELECT COUNT(*) FROM bookings WHERE id = ? AND status = 'CANCELLED'"
                    + " AND is_refunded = TRUE",
                b.bookingId())
            == 1);
  }
}
