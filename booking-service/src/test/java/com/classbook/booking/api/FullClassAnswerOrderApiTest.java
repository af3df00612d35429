package com.classbook.booking.api;

import static com.classbook.booking.support.Bookings.book;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.TestClock;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A full class answers CLASS_FULL only after the cheaper, more precise answers: a class that has
 * started (or is inactive) is 422 CLASS_NOT_BOOKABLE and a member already waiting is 409
 * ALREADY_BOOKED, whatever the seat counter says.
 */
@QuarkusTest
class FullClassAnswerOrderApiTest {

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  @Test
  void aStartedFullClassIsNotBookableRatherThanFull() {
    ClassState cls = fullClass();
    String latecomer = memberWithCredits(UUID.randomUUID().toString());

    TestClock.CLOCK.set(cls.startTime().plusSeconds(60));
    book(latecomer, cls.id()).statusCode(422).body("code", equalTo("CLASS_NOT_BOOKABLE"));
  }

  @Test
  void aMemberWaitingForAFullClassIsAlreadyBookedRatherThanFull() {
    ClassState cls = fullClass();
    String waiterId = UUID.randomUUID().toString();
    String waiter = memberWithCredits(waiterId);
    given()
        .auth()
        .oauth2(TestTokens.service())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "requestId", UUID.randomUUID().toString(), "userId", waiterId, "classId", cls.id()))
        .post("/internal/v1/holds")
        .then()
        .statusCode(201);

    book(waiter, cls.id())
        .statusCode(409)
        .body("code", equalTo("ALREADY_BOOKED"))
        .body("detail", equalTo("you are already on the waitlist of this class"));
  }

  @Test
  void aFullClassStillAnswersClassFull() {
    ClassState cls = fullClass();
    book(memberWithCredits(UUID.randomUUID().toString()), cls.id())
        .statusCode(409)
        .body("code", equalTo("CLASS_FULL"));
  }

  /** A class of one seat, taken, so that its counter says 0. */
  private static ClassState fullClass() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    book(memberWithCredits(UUID.randomUUID().toString()), cls.id()).statusCode(201);
    return cls;
  }

  private static String memberWithCredits(String userId) {
    String token = TestTokens.member(userId, "SG");
    Catalog.buy(token, Catalog.offer("SG", 5, 30, true).id());
    return token;
  }
}
