package com.classbook.catalog.support;

import static io.restassured.RestAssured.given;

import com.classbook.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Calls of the catalog API as the back office and the public make them. */
public final class CatalogApi {
  private CatalogApi() {}

  public static RequestSpecification asAdmin() {
    return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON);
  }

  public static RequestSpecification anonymous() {
    return given().contentType(ContentType.JSON);
  }

  /** A start instant on a random far-future day, so tests never see each other's classes. */
  public static Instant uniqueFutureHour() {
    long days = ThreadLocalRandom.current().nextLong(365L * 5, 365L * 60);
    long minutes = ThreadLocalRandom.current().nextLong(0, 24 * 60);
    return Instant.parse("2027-01-01T00:00:00Z")
        .plus(days, ChronoUnit.DAYS)
        .plus(minutes, ChronoUnit.MINUTES);
  }

  public static Map<String, Object> classBody(String country, Instant start, int capacity) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Flow " + UUID.randomUUID().toString().substring(0, 8));
    body.put("description", "A calm vinyasa flow");
    body.put("countryCode", country);
    body.put("startTime", start.toString());
    body.put("endTime", start.plus(1, ChronoUnit.HOURS).toString());
    body.put("capacity", capacity);
    body.put("requiredCredits", 2);
    return body;
  }

  /** Schedules a one-hour class; returns the created class. */
  public static JsonPath createClass(String country, Instant start, int capacity) {
    return asAdmin()
        .body(classBody(country, start, capacity))
        .post("/api/v1/classes")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  public static Map<String, Object> packageBody(String country) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Pack " + UUID.randomUUID().toString().substring(0, 8));
    body.put("credits", 10);
    body.put("price", "49.90");
    body.put("currency", "SGD");
    body.put("countryCode", country);
    body.put("validityDays", 30);
    return body;
  }

  public static JsonPath createPackage(String country) {
    return asAdmin()
        .body(packageBody(country))
        .post("/api/v1/packages")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }
}
