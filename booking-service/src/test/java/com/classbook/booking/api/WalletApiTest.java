package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.testing.Burst;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WalletApiTest {

  @Test
  void aPurchaseCreditsAFullPackageWithExpiryAndTransaction() {
    PackageState offer = Catalog.offer("SG", 10, 30, true);
    String token = TestTokens.newMember("SG");
    Instant before = Instant.now();
    String id =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(Map.of("packageId", offer.id(), "paymentToken", "tok_visa"))
            .post("/api/v1/purchases")
            .then()
            .statusCode(201)
            .body("packageId", equalTo(offer.id()))
            .body("name", equalTo(offer.name()))
            .body("countryCode", equalTo("SG"))
            .body("credits", equalTo(10))
            .body("remainingCredits", equalTo(10))
            .body("expired", equalTo(false))
            .body("transactionId", startsWith("txn_sim_"))
            .extract()
            .path("id");
    String expiresAt =
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/me/packages")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .body("items[0].id", equalTo(id))
            .extract()
            .path("items[0].expiresAt");
    Duration validity = Duration.between(before, Instant.parse(expiresAt));
    assertTrue(
        validity.compareTo(Duration.ofDays(30).minusMinutes(1)) > 0
            && validity.compareTo(Duration.ofDays(30).plusMinutes(1)) < 0);
    assertEquals(1, Db.events(id, WalletEvent.PURCHASED));
    given()
        .auth()
        .oauth2(TestTokens.newMember("SG"))
        .get("/api/v1/me/packages")
        .then()
        .body("items", hasSize(0));
  }

  @Test
  void aDeclinedCardAMissingTokenAndUnknownOrInactivePackagesCreditNothing() {
    String token = TestTokens.newMember("SG");
    PackageState offer = Catalog.offer("SG", 10, 30, true);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("packageId", offer.id(), "paymentToken", "tok_declined"))
        .post("/api/v1/purchases")
        .then()
        .statusCode(402)
        .body("code", equalTo("PAYMENT_FAILED"));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("packageId", UUID.randomUUID().toString(), "paymentToken", "tok_visa"))
        .post("/api/v1/purchases")
        .then()
        .statusCode(404)
        .body("code", equalTo("PACKAGE_NOT_FOUND"));
    PackageState inactive = Catalog.offer("SG", 10, 30, false);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("packageId", inactive.id(), "paymentToken", "tok_visa"))
        .post("/api/v1/purchases")
        .then()
        .statusCode(404)
        .body("code", equalTo("PACKAGE_NOT_FOUND"));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/purchases")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
    for (String missingToken :
        new String[] {"{\"packageId\":\"%s\"}", "{\"packageId\":\"%s\",\"paymentToken\":\" \"}"}) {
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(String.format(missingToken, offer.id()))
          .post("/api/v1/purchases")
          .then()
          .statusCode(400)
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors.field", hasItem("paymentToken"));
    }
    given().auth().oauth2(token).get("/api/v1/me/packages").then().body("items", hasSize(0));
  }

  @Test
  void idempotencyKeyReplaysRefusesAnotherBodyAndLetsOneOfConcurrentDuplicatesThrough() {
    String token = TestTokens.newMember("SG");
    PackageState offer = Catalog.offer("SG", 10, 30, true);
    String key = UUID.randomUUID().toString();
    String first =
        given()
            .auth()
            .oauth2(token)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(Map.of("packageId", offer.id(), "paymentToken", "tok_visa"))
            .post("/api/v1/purchases")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("packageId", offer.id(), "paymentToken", "tok_visa"))
        .post("/api/v1/purchases")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(
            Map.of("packageId", Catalog.offer("SG", 5, 30, true).id(), "paymentToken", "tok_visa"))
        .post("/api/v1/purchases")
        .then()
        .statusCode(422)
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

    String burstKey = UUID.randomUUID().toString();
    List<Response> burst =
        Burst.allAtOnce(
            8,
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .header("Idempotency-Key", burstKey)
                    .contentType(ContentType.JSON)
                    .body(Map.of("packageId", offer.id(), "paymentToken", "tok_visa"))
                    .post("/api/v1/purchases"));
    Burst.assertOneFirstAnswer(burst, 201);
    given().auth().oauth2(token).get("/api/v1/me/packages").then().body("items", hasSize(2));
  }
}
