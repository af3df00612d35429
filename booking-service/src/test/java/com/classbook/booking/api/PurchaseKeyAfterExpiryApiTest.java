package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.booking.support.TestClock;
import com.classbook.platform.idempotency.IdempotentRequests;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A purchase's Idempotency-Key used again after its record expired (24 h): the payment processor
 * still answers with the first charge, whose transaction id is credited already. The answer is the
 * first purchase, not a 500 from the unique transaction id, and never a second package.
 */
@QuarkusTest
class PurchaseKeyAfterExpiryApiTest {

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  @Test
  void aKeyBackAfterItsRecordWasPurgedAnswersTheFirstPurchase() {
    String userId = UUID.randomUUID().toString();
    String token = TestTokens.member(userId, "SG");
    String packageId = Catalog.offer("SG", 10, 30, true).id();
    String key = UUID.randomUUID().toString();
    String first = purchase(token, key, packageId).statusCode(201).extract().path("id");

    // The hourly purge deleted the record once it was older than 24 hours.
    assertEquals(1, Db.update("DELETE FROM idempotency_record WHERE idem_key = ?", key));
    purchase(token, key, packageId)
        .statusCode(201)
        .body("id", equalTo(first))
        .body("remainingCredits", equalTo(10));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM user_packages WHERE user_id = ?", userId));

    Db.update("DELETE FROM idempotency_record WHERE idem_key = ?", key);
    purchase(token, key, Catalog.offer("SG", 5, 30, true).id())
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM user_packages WHERE user_id = ?", userId));
  }

  @Test
  void aKeyBackAfterTheRetentionAnswersTheFirstPurchase() {
    String userId = UUID.randomUUID().toString();
    String token = TestTokens.member(userId, "SG");
    String packageId = Catalog.offer("SG", 10, 30, true).id();
    String key = UUID.randomUUID().toString();
    String first = purchase(token, key, packageId).statusCode(201).extract().path("id");

    TestClock.CLOCK.advance(Duration.ofHours(25));
    purchase(token, key, packageId)
        .statusCode(201)
        .header(IdempotentRequests.REPLAYED_HEADER, nullValue())
        .body("id", equalTo(first));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM user_packages WHERE user_id = ?", userId));
  }

  private static ValidatableResponse purchase(String token, String key, String packageId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .header(IdempotentRequests.HEADER, key)
        .body(Map.of("packageId", packageId, "paymentToken", "tok_visa"))
        .post("/api/v1/purchases")
        .then();
  }
}
