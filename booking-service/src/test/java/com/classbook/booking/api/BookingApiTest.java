package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BookingApiTest {

  private static ValidatableResponse book(String token, String classId, String packageId) {
    Map<String, Object> body = new HashMap<>();
    body.put("classId", classId);
    if (packageId != null) {
      body.put("userPackageId", packageId);
    }
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/bookings")
        .then();
  }

  private static String member() {
    return TestTokens.newMember("SG");
  }

  @Test
  void booksAFreeSeatDebitingTheCreditsInOneTransaction() {
    String token = member();
    String pkg = Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 5, 3);

    String id =
        book(token, cls.id(), null)
            .statusCode(201)
            .body("classId", equalTo(cls.id()))
            .body("userPackageId", equalTo(pkg))
            .body("creditsUsed", equalTo(3))
            .body("status", equalTo("CONFIRMED"))
            .body("bookedAt", notNullValue())
            .body("cancelledAt", nullValue())
            .body("checkedInAt", nullValue())
            .body("refunded", equalTo(false))
            .extract()
            .path("id");

    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/packages")
        .then()
        .body("items[0].remainingCredits", equalTo(7));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/bookings/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/bookings?status=CONFIRMED")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(id));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/bookings?status=CANCELLED")
        .then()
        .body("items", hasSize(0));
    assertEquals(1, Db.events(id, BookingEvent.CONFIRMED));
    assertEquals(1, Db.events(pkg, WalletEvent.DEBITED));
    assertEquals(
        1, Db.events(cls.id(), AvailabilityChanged.TYPE) - 1, "one change after scheduling");
    assertEquals(
        4,
        Db.integer(
            Db.one("SELECT free_slots FROM class_inventory WHERE id = ?", cls.id()), "free_slots"));
    Db.assertInvariants(cls.id());
  }

  @Test
  void unknownClassIs404AndAnotherMembersBookingIsHidden() {
    String token = member();
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    book(token, UUID.randomUUID().toString(), null)
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("CLASS_NOT_FOUND"));

    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 5, 1);
    String id = book(token, cls.id(), null).statusCode(201).extract().path("id");
    given()
        .auth()
        .oauth2(member())
        .get("/api/v1/bookings/" + id)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    given().auth().oauth2(TestTokens.staff()).get("/api/v1/bookings/" + id).then().statusCode(200);
  }

  @Test
  void fullClassIsRefusedWithAWaitlistHint() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    String first = member();
    Catalog.buy(first, Catalog.offer("SG", 5, 30, true).id());
    book(first, cls.id(), null).statusCode(201);

    String second = member();
    String pkg = Catalog.buy(second, Catalog.offer("SG", 5, 30, true).id());
    book(second, cls.id(), null)
        .statusCode(409)
        .body("code", equalTo("CLASS_FULL"))
        .body("detail", containsString("waitlist"));
    given()
        .auth()
        .oauth2(second)
        .get("/api/v1/me/packages")
        .then()
        .body("items[0].remainingCredits", equalTo(5));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM bookings WHERE user_package_id = ?", pkg));
  }

  @Test
  void aSecondBookingOfTheSameClassIsAlreadyBooked() {
    String token = member();
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 5, 1);
    book(token, cls.id(), null).statusCode(201);
    book(token, cls.id(), null).statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
  }

  @Test
  void overlappingClassesConflictButBackToBackClassesDoNot() {
    String token = member();
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    Instant start = Catalog.inDays(4);
    ClassState first = Catalog.schedule("SG", start, 5, 1);
    ClassState overlapping =
        Catalog.schedule(
            Catalog.classState(
                "SG", start.plus(Duration.ofMinutes(59)), Duration.ofHours(1), 5, 1));
    ClassState backToBack =
        Catalog.schedule(
            Catalog.classState("SG", start.plus(Duration.ofHours(1)), Duration.ofHours(1), 5, 1));
    ClassState before =
        Catalog.schedule(
            Catalog.classState("SG", start.minus(Duration.ofHours(1)), Duration.ofHours(1), 5, 1));

    book(token, first.id(), null).statusCode(201);
    book(token, overlapping.id(), null).statusCode(409).body("code", equalTo("SCHEDULE_CONFLICT"));
    book(token, backToBack.id(), null).statusCode(201);
    book(token, before.id(), null).statusCode(201);
  }

  @Test
  void startedCancelledAndInactiveClassesAreNotBookable() {
    String token = member();
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    ClassState started =
        Catalog.schedule(
            Catalog.classState(
                "SG", Instant.now().minus(Duration.ofMinutes(5)), Duration.ofHours(1), 5, 1));
    book(token, started.id(), null).statusCode(422).body("code", equalTo("CLASS_NOT_BOOKABLE"));

    ClassState base = Catalog.classState("SG", Catalog.inDays(3), Duration.ofHours(1), 5, 1);
    ClassState inactive =
        Catalog.schedule(
            new ClassState(
                base.id(),
                base.title(),
                "SG",
                base.timeZone(),
                base.startTime(),
                base.endTime(),
                5,
                1,
                false,
                false));
    book(token, inactive.id(), null).statusCode(422).body("code", equalTo("CLASS_NOT_BOOKABLE"));

    ClassState other = Catalog.classState("SG", Catalog.inDays(3), Duration.ofHours(1), 5, 1);
    ClassState cancelled =
        Catalog.schedule(
            new ClassState(
                other.id(),
                other.title(),
                "SG",
                other.timeZone(),
                other.startTime(),
                other.endTime(),
                5,
                1,
                true,
                true));
    book(token, cancelled.id(), null).statusCode(422).body("code", equalTo("CLASS_NOT_BOOKABLE"));
  }

  @Test
  void packagesMustMatchCountryValidityAndCredits() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(10), 5, 3);

    String none = member();
    book(none, cls.id(), null).statusCode(422).body("code", equalTo("NO_USABLE_PACKAGE"));

    String foreign = member();
    String myPkg = Catalog.buy(foreign, Catalog.offer("MY", 10, 30, true).id());
    book(foreign, cls.id(), null).statusCode(422).body("code", equalTo("NO_USABLE_PACKAGE"));
    book(foreign, cls.id(), myPkg).statusCode(422).body("code", equalTo("NO_USABLE_PACKAGE"));

    String shortLived = member();
    Catalog.buy(shortLived, Catalog.offer("SG", 10, 5, true).id());
    book(shortLived, cls.id(), null)
        .statusCode(422)
        .body("code", equalTo("NO_USABLE_PACKAGE"))
        .body("detail", containsString("valid at the class start"));

    String poor = member();
    String small = Catalog.buy(poor, Catalog.offer("SG", 2, 30, true).id());
    book(poor, cls.id(), null).statusCode(422).body("code", equalTo("INSUFFICIENT_CREDITS"));
    book(poor, cls.id(), small).statusCode(422).body("code", equalTo("INSUFFICIENT_CREDITS"));

    String stranger = member();
    Catalog.buy(stranger, Catalog.offer("SG", 10, 30, true).id());
    book(stranger, cls.id(), small).statusCode(422).body("code", equalTo("NO_USABLE_PACKAGE"));
  }

  @Test
  void paysFromTheNamedPackageElseTheOneExpiringFirst() {
    String token = member();
    String later = Catalog.buy(token, Catalog.offer("SG", 10, 60, true).id());
    String sooner = Catalog.buy(token, Catalog.offer("SG", 10, 20, true).id());
    ClassState a = Catalog.schedule("SG", Catalog.inDays(3), 5, 2);
    ClassState b = Catalog.schedule("SG", Catalog.inDays(5), 5, 2);
    book(token, a.id(), null).statusCode(201).body("userPackageId", equalTo(sooner));
    book(token, b.id(), later).statusCode(201).body("userPackageId", equalTo(later));
  }

  @Test
  void idempotencyKeyReplaysTheFirstBookingAndRefusesAnotherBody() {
    String token = member();
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    ClassState a = Catalog.schedule("SG", Catalog.inDays(3), 5, 1);
    ClassState b = Catalog.schedule("SG", Catalog.inDays(6), 5, 1);
    String key = UUID.randomUUID().toString();
    String first =
        given()
            .auth()
            .oauth2(token)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(Map.of("classId", a.id()))
            .post("/api/v1/bookings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("classId", a.id()))
        .post("/api/v1/bookings")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("classId", b.id()))
        .post("/api/v1/bookings")
        .then()
        .statusCode(422)
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ?", a.id()));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ?", b.id()));
  }

  @Test
  void badInputAndMissingOrWrongTokensAreProblems() {
    String token = member();
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/bookings")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("classId"));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"classId\": [1,2]}")
        .post("/api/v1/bookings")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/bookings?status=LOST")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("classId", "x"))
        .post("/api/v1/bookings")
        .then()
        .statusCode(401)
        .body("code", equalTo("UNAUTHORIZED"));
    given()
        .auth()
        .oauth2(TestTokens.service())
        .get("/api/v1/me/bookings")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
  }
}
