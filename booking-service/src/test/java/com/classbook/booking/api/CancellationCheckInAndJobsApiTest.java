package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.application.port.in.HousekeepingUseCase;
import com.classbook.booking.support.Bookings;
import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.booking.support.TestClock;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.OnVertx;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CancellationCheckInAndJobsApiTest {

  @Inject HousekeepingUseCase housekeeping;

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  private static String book(String token, String classId) {
    return Bookings.booked(token, classId);
  }

  private static ValidatableResponse cancel(String token, String bookingId) {
    return given().auth().oauth2(token).post("/api/v1/bookings/" + bookingId + "/cancel").then();
  }

  private static ValidatableResponse checkIn(String token, String bookingId) {
    return given().auth().oauth2(token).post("/api/v1/bookings/" + bookingId + "/check-in").then();
  }

  private static int remaining(String token) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/packages")
        .then()
        .extract()
        .path("items[0].remainingCredits");
  }

  // The refund cutoff's boundary (exactly 4 h, one microsecond later) is
  // CancelBookingServiceTest's.
  @Test
  void cancellingBeforeTheCutoffRefundsInFull() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 2, 3);
    String token = TestTokens.newMember("SG");
    String pkg = Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    String id = book(token, cls.id());
    assertEquals(7, remaining(token));

    cancel(token, id)
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("refunded", equalTo(true))
        .body("cancelledAt", notNullValue());

    assertEquals(10, remaining(token));
    assertEquals(1, Db.events(id, BookingEvent.CANCELLED));
    assertEquals(1, Db.events(pkg, WalletEvent.REFUNDED));
    Db.assertInvariants(cls.id());
    assertEquals(
        2,
        Db.integer(
            Db.one("SELECT free_slots FROM class_inventory WHERE id = ?", cls.id()), "free_slots"));
  }

  @Test
  void aLateCancellationKeepsTheCreditsAndCannotBeRepeated() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 2, 3);
    String token = TestTokens.newMember("SG");
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    String id = book(token, cls.id());

    TestClock.CLOCK.set(cls.startTime().minus(Duration.ofHours(1)));
    cancel(token, id)
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("refunded", equalTo(false));

    assertEquals(7, remaining(token));
    Db.assertInvariants(cls.id());
    cancel(token, id).statusCode(409).body("code", equalTo("NOT_CANCELLABLE"));
  }

  @Test
  void onlyTheOwnerOrAnAdminCancelAndNeverAfterTheStart() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 3, 1);
    String owner = TestTokens.newMember("SG");
    Catalog.buy(owner, Catalog.offer("SG", 10, 30, true).id());
    String first = book(owner, cls.id());

    cancel(TestTokens.newMember("SG"), first).statusCode(404).body("code", equalTo("NOT_FOUND"));
    cancel(TestTokens.staff(), first).statusCode(404);
    cancel(TestTokens.admin(), first).statusCode(200).body("refunded", equalTo(true));

    String second = book(owner, cls.id());
    TestClock.CLOCK.set(cls.startTime());
    cancel(owner, second).statusCode(409).body("code", equalTo("NOT_CANCELLABLE"));
    Db.assertInvariants(cls.id());
  }

  @Test
  void checkInOpensFifteenMinutesBeforeStartAndClosesAtTheEnd() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(2), 3, 1);
    String token = TestTokens.newMember("SG");
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    String id = book(token, cls.id());
    String late = book(withPackage(), cls.id());

    TestClock.CLOCK.set(cls.startTime().minus(Duration.ofMinutes(15)).minusNanos(1_000));
    checkIn(token, id).statusCode(409).body("code", equalTo("CHECK_IN_NOT_OPEN"));

    TestClock.CLOCK.set(cls.startTime().minus(Duration.ofMinutes(15)));
    checkIn(token, id)
        .statusCode(200)
        .body("status", equalTo("CHECKED_IN"))
        .body("checkedInAt", notNullValue());
    checkIn(token, id).statusCode(200).body("status", equalTo("CHECKED_IN"));
    assertEquals(1, Db.events(id, BookingEvent.CHECKED_IN));
    checkIn(TestTokens.newMember("SG"), id).statusCode(404);

    TestClock.CLOCK.set(cls.endTime());
    checkIn(TestTokens.staff(), late).statusCode(409).body("code", equalTo("CHECK_IN_NOT_OPEN"));
    TestClock.CLOCK.set(cls.endTime().minusNanos(1_000));
    checkIn(TestTokens.staff(), late).statusCode(200).body("status", equalTo("CHECKED_IN"));
    Db.assertInvariants(cls.id());
  }

  private static String withPackage() {
    String token = TestTokens.newMember("SG");
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    return token;
  }

  @Test
  void aCancelledBookingIsNotCheckable() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(2), 3, 1);
    String token = TestTokens.newMember("SG");
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    String id = book(token, cls.id());
    cancel(token, id).statusCode(200);
    TestClock.CLOCK.set(cls.startTime());
    checkIn(token, id).statusCode(409).body("code", equalTo("NOT_CHECKABLE"));
  }

  @Test
  void noShowJobMarksUncheckedBookingsOnceEvenWithTwoInstancesRunning() throws Exception {
    Instant start =
        Instant.now().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    ClassState cls = Catalog.schedule(Catalog.classState("SG", start, Duration.ofHours(1), 5, 1));
    String absent = TestTokens.newMember("SG");
    Catalog.buy(absent, Catalog.offer("SG", 10, 30, true).id());
    String noShow = book(absent, cls.id());
    String present = withPackage();
    String attended = book(present, cls.id());
    TestClock.CLOCK.set(start);
    checkIn(present, attended).statusCode(200);

    TestClock.CLOCK.set(cls.endTime().plusSeconds(1));
    CompletableFuture<Integer> one = OnVertx.start(housekeeping::markNoShows);
    CompletableFuture<Integer> two = OnVertx.start(housekeeping::markNoShows);
    one.get(60, java.util.concurrent.TimeUnit.SECONDS);
    two.get(60, java.util.concurrent.TimeUnit.SECONDS);
    while (OnVertx.await(housekeeping::markNoShows) > 0) {
      // drain bookings of other ended classes
    }

    given()
        .auth()
        .oauth2(absent)
        .get("/api/v1/bookings/" + noShow)
        .then()
        .body("status", equalTo("NO_SHOW"))
        .body("refunded", equalTo(false));
    given()
        .auth()
        .oauth2(present)
        .get("/api/v1/bookings/" + attended)
        .then()
        .body("status", equalTo("CHECKED_IN"));
    assertEquals(1, Db.events(noShow, BookingEvent.NO_SHOW));
    assertEquals(9, remaining(absent));
    Db.assertInvariants(cls.id());
  }

  @Test
  void expiryJobFlagsPackagesOnceAndExpiredPackagesCannotPay() {
    String token = TestTokens.newMember("SG");
    String pkg = Catalog.buy(token, Catalog.offer("SG", 10, 1, true).id());
    ClassState cls = Catalog.schedule("SG", Instant.now().plus(Duration.ofHours(20)), 3, 1);

    TestClock.CLOCK.set(Instant.now().plus(Duration.ofDays(1)).plusSeconds(5));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/packages")
        .then()
        .body("items[0].expired", equalTo(true));
    while (OnVertx.await(housekeeping::expirePackages) > 0) {
      // drain packages of other tests
    }
    assertEquals(0, OnVertx.await(housekeeping::expirePackages));
    assertEquals(1, Db.events(pkg, WalletEvent.EXPIRED));
    assertEquals(
        1, Db.count("SELECT COUNT(*) FROM user_packages WHERE id = ? AND is_expired = TRUE", pkg));
    TestClock.CLOCK.reset();
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("classId", cls.id()))
        .post("/api/v1/bookings")
        .then()
        .statusCode(422)
        .body("code", equalTo("NO_USABLE_PACKAGE"));
  }
}
