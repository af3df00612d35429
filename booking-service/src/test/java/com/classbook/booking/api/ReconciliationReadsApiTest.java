package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.classbook.booking.support.Bookings;
import com.classbook.booking.support.Catalog;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The internal reads the waitlist reconciles itself with: waiting holds and reserved seats. */
@QuarkusTest
class ReconciliationReadsApiTest {

  private static final String SERVICE = TestTokens.service();

  @Test
  void waitingHoldsAreListedByAgeOrByTheStartOfTheirClass() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    book(member(UUID.randomUUID().toString()), cls.id());
    String waiterId = UUID.randomUUID().toString();
    member(waiterId);
    String requestId = UUID.randomUUID().toString();
    String holdId =
        given()
            .auth()
            .oauth2(SERVICE)
            .contentType(ContentType.JSON)
            .body(Map.of("requestId", requestId, "userId", waiterId, "classId", cls.id()))
            .post("/internal/v1/holds")
            .then()
            .statusCode(201)
            .extract()
            .path("bookingId");

    Instant now = Instant.now();
    holds(Map.of("placedBefore", now.plusSeconds(60).toString(), "limit", "500"))
        .body("bookingId", hasItem(holdId))
        .body("find { it.bookingId == '" + holdId + "' }.requestId", equalTo(requestId))
        .body("find { it.bookingId == '" + holdId + "' }.classId", equalTo(cls.id()));
    holds(Map.of("placedBefore", now.minus(Duration.ofMinutes(1)).toString(), "limit", "500"))
        .body("bookingId", not(hasItem(holdId)));
    holds(
            Map.of(
                "placedBefore", now.minus(Duration.ofMinutes(1)).toString(),
                "classStartsBefore", cls.startTime().plusSeconds(1).toString(),
                "after", holdId.substring(0, 8),
                "limit", "500"))
        .body("bookingId", hasItem(holdId));
  }

  @Test
  void reservedSeatsAreListedUntilTheyAreUsed() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    String booker = member(UUID.randomUUID().toString());
    String bookingId = book(booker, cls.id());
    String waiterId = UUID.randomUUID().toString();
    member(waiterId);
    given()
        .auth()
        .oauth2(SERVICE)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "requestId", UUID.randomUUID().toString(), "userId", waiterId, "classId", cls.id()))
        .post("/internal/v1/holds")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(booker)
        .post("/api/v1/bookings/" + bookingId + "/cancel")
        .then()
        .statusCode(200);

    String later = Instant.now().plusSeconds(60).toString();
    reserved(Map.of("createdBefore", later, "limit", "500"))
        .body("slotRef", hasItem(bookingId))
        .body("find { it.slotRef == '" + bookingId + "' }.classId", equalTo(cls.id()));
    given()
        .auth()
        .oauth2(SERVICE)
        .post("/internal/v1/classes/" + cls.id() + "/reserved-slots/" + bookingId + "/release")
        .then()
        .statusCode(200);
    reserved(Map.of("createdBefore", later, "limit", "500"))
        .body("slotRef", not(hasItem(bookingId)));
  }

  @Test
  void badParametersAre400AndOnlyServicesMayRead() {
    for (Map<String, String> bad :
        new Map[] {
          Map.of(),
          Map.of("placedBefore", "yesterday"),
          Map.of("placedBefore", Instant.now().toString(), "limit", "0"),
          Map.of("placedBefore", Instant.now().toString(), "limit", "many")
        }) {
      given()
          .auth()
          .oauth2(SERVICE)
          .queryParams(bad)
          .get("/internal/v1/holds")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("code", equalTo("VALIDATION_FAILED"));
    }
    given()
        .auth()
        .oauth2(SERVICE)
        .get("/internal/v1/reserved-slots")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
    given()
        .auth()
        .oauth2(TestTokens.newMember("SG"))
        .queryParam("placedBefore", Instant.now().toString())
        .get("/internal/v1/holds")
        .then()
        .statusCode(403);
  }

  private static io.restassured.response.ValidatableResponse holds(Map<String, String> params) {
    return given()
        .auth()
        .oauth2(SERVICE)
        .queryParams(params)
        .get("/internal/v1/holds")
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse reserved(Map<String, String> params) {
    return given()
        .auth()
        .oauth2(SERVICE)
        .queryParams(params)
        .get("/internal/v1/reserved-slots")
        .then()
        .statusCode(200);
  }

  private static String member(String userId) {
    String token = TestTokens.member(userId, "SG");
    Catalog.buy(token, Catalog.offer("SG", 5, 30, true).id());
    return token;
  }

  private static String book(String token, String classId) {
    return Bookings.booked(token, classId);
  }
}
