package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.application.port.in.HousekeepingUseCase;
import com.classbook.booking.support.Bookings;
import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.TestClock;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.OnVertx;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The booking counters on /q/metrics count each decision once (docs/metrics.md). */
@QuarkusTest
class BookingMetricsApiTest {

  @Inject HousekeepingUseCase housekeeping;

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  @Test
  void bookingsAreCountedByOutcomeAndCancellationsByRefund() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    String ann = withPackage();
    String bob = withPackage();
    double confirmed = counter("classbook_bookings_total", "outcome=\"confirmed\"");
    double alreadyBooked = counter("classbook_bookings_total", "outcome=\"already_booked\"");
    double full = counter("classbook_bookings_total", "outcome=\"class_full\"");
    double refunded = counter("classbook_booking_cancellations_total", "refunded=\"true\"");

    String booking = book(ann, cls.id(), 201);
    book(ann, cls.id(), 409);
    book(bob, cls.id(), 409);
    given()
        .auth()
        .oauth2(ann)
        .post("/api/v1/bookings/" + booking + "/cancel")
        .then()
        .statusCode(200);

    assertEquals(confirmed + 1, counter("classbook_bookings_total", "outcome=\"confirmed\""));
    assertEquals(
        alreadyBooked + 1, counter("classbook_bookings_total", "outcome=\"already_booked\""));
    assertEquals(full + 1, counter("classbook_bookings_total", "outcome=\"class_full\""));
    assertEquals(
        refunded + 1, counter("classbook_booking_cancellations_total", "refunded=\"true\""));
  }

  @Test
  void aRepeatedCheckInCountsOnceAndNoShowsAsTheJobMarksThem() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(2), 3, 1);
    String present = withPackage();
    String attended = book(present, cls.id(), 201);
    book(withPackage(), cls.id(), 201);
    double checkIns = counter("classbook_booking_check_ins_total", "");
    double noShows = counter("classbook_booking_no_shows_total", "");

    TestClock.CLOCK.set(cls.startTime());
    for (int i = 0; i < 2; i++) {
      given()
          .auth()
          .oauth2(present)
          .post("/api/v1/bookings/" + attended + "/check-in")
          .then()
          .statusCode(200);
    }
    TestClock.CLOCK.set(cls.endTime().plusSeconds(1));
    int marked = 0;
    for (int n = OnVertx.await(housekeeping::markNoShows); n > 0; ) {
      marked += n;
      n = OnVertx.await(housekeeping::markNoShows);
    }

    assertEquals(checkIns + 1, counter("classbook_booking_check_ins_total", ""));
    assertEquals(noShows + marked, counter("classbook_booking_no_shows_total", ""));
  }

  private static String withPackage() {
    String token = TestTokens.newMember("SG");
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    return token;
  }

  private static String book(String token, String classId, int status) {
    return Bookings.book(token, classId).statusCode(status).extract().path("id");
  }

  /** The counter's value on /q/metrics, summed over its series carrying {@code label}. */
  private static double counter(String name, String label) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(metrics);
    double sum = 0;
    boolean found = false;
    while (line.find()) {
      if (line.group(1).contains("application=\"booking-service\"")
          && line.group(1).contains(label)) {
        sum += Double.parseDouble(line.group(2));
        found = true;
      }
    }
    assertEquals(true, found, name + "{" + label + "} on /q/metrics");
    return sum;
  }
}
