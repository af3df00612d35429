package com.classbook.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CORS is the gateway's: an allowed origin (the local default http://localhost:8080) gets its
 * preflight answered for the methods and headers the API uses and can read the headers it needs;
 * any other origin gets no Access-Control-Allow-Origin.
 */
class CorsIT {

  private static final String ALLOWED = "http://localhost:8080";
  private static final String OTHER = "http://elsewhere.example";

  @BeforeAll
  static void gateway() {
    RestAssured.baseURI = System.getProperty("gateway.url", "http://127.0.0.1:8080");
  }

  @Test
  void preflightOfAnAllowedOriginIsAnswered() {
    given()
        .header("Origin", ALLOWED)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
        .options("/api/v1/bookings")
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", ALLOWED)
        .header("Access-Control-Allow-Methods", containsString("PATCH"))
        .header("Access-Control-Allow-Methods", containsString("DELETE"))
        .header("Access-Control-Allow-Headers", containsString("Authorization"))
        .header("Access-Control-Allow-Headers", containsString("Content-Type"))
        .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
        .header("Access-Control-Allow-Headers", containsString("If-Match"))
        .header("Vary", containsString("Origin"));
  }

  @Test
  void preflightOfAnotherOriginGetsNoAllowOrigin() {
    given()
        .header("Origin", OTHER)
        .header("Access-Control-Request-Method", "POST")
        .options("/api/v1/bookings")
        .then()
        .header("Access-Control-Allow-Origin", nullValue())
        .header("Access-Control-Allow-Methods", nullValue());
  }

  @Test
  void answersToAnAllowedOriginExposeTheApiHeaders() {
    given()
        .header("Origin", ALLOWED)
        .get("/api/v1/countries")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", ALLOWED)
        .header("Access-Control-Expose-Headers", containsString("Location"))
        .header("Access-Control-Expose-Headers", containsString("ETag"))
        .header("Access-Control-Expose-Headers", containsString("Retry-After"))
        .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
        .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"));
  }

  @Test
  void theGatewaysOwnProblemsCarryCorsToo() {
    given()
        .header("Origin", ALLOWED)
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .header("Access-Control-Allow-Origin", ALLOWED);
  }

  @Test
  void answersToAnotherOriginCarryNoAllowOrigin() {
    given()
        .header("Origin", OTHER)
        .get("/api/v1/countries")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue())
        .header("Access-Control-Expose-Headers", nullValue());
  }

  @Test
  void aPlainOptionsRequestIsNoPreflight() {
    given()
        .header("Origin", ALLOWED)
        .options("/api/v1/countries")
        .then()
        .header("Access-Control-Allow-Methods", nullValue())
        .header("Access-Control-Allow-Origin", equalTo(ALLOWED));
  }
}
