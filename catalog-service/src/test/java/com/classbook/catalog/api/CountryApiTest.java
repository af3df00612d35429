package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.classBody;
import static com.classbook.catalog.support.CatalogApi.packageBody;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.catalog.support.Events;
import com.classbook.catalog.support.TestDatabase;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.CountryState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The country rows of the Catalog table, the seeded set, and the inactive-country rule. */
@QuarkusTest
class CountryApiTest {
  private static final Set<String> SEEDED = Set.of("SG", "MY", "TH", "JP", "GB", "US");

  @Inject TestDatabase database;
  private String code;

  @BeforeEach
  void pickUnusedCode() {
    List<String> taken = anonymous().get("/api/v1/countries").then().extract().path("code");
    List<String> free = new ArrayList<>(List.of(Locale.getISOCountries()));
    free.removeAll(taken);
    free.removeAll(SEEDED);
    free.remove("AQ");
    Collections.shuffle(free);
    code = free.get(0);
  }

  @AfterEach
  void removeTestCountry() {
    database.deleteCountry(code);
  }

  @Test
  void seededCountriesAreListedWithTheirRealZones() {
    anonymous()
        .get("/api/v1/countries")
        .then()
        .statusCode(200)
        .body("find { it.code == 'SG' }.timeZone", equalTo("Asia/Singapore"))
        .body("find { it.code == 'MY' }.timeZone", equalTo("Asia/Kuala_Lumpur"))
        .body("find { it.code == 'TH' }.timeZone", equalTo("Asia/Bangkok"))
        .body("find { it.code == 'JP' }.timeZone", equalTo("Asia/Tokyo"))
        .body("find { it.code == 'GB' }.timeZone", equalTo("Europe/London"))
        .body("find { it.code == 'US' }.timeZone", equalTo("America/New_York"))
        .body("find { it.code == 'GB' }.name", equalTo("United Kingdom"))
        .body("find { it.code == 'SG' }.active", equalTo(true));
  }

  @Test
  void adminCreatesAndUpdatesACountryAndEachChangeIsPublishedOnce() {
    Instant since = Instant.now();
    asAdmin()
        .body(
            Map.of(
                "code",
                code.toLowerCase(Locale.ROOT),
                "name",
                "Testland",
                "timeZone",
                "Asia/Dubai"))
        .post("/api/v1/countries")
        .then()
        .statusCode(201)
        .body("code", equalTo(code))
        .body("name", equalTo("Testland"))
        .body("timeZone", equalTo("Asia/Dubai"))
        .body("active", equalTo(true));

    asAdmin()
        .body(Map.of("name", "Testland Republic", "timeZone", "Europe/Paris"))
        .patch("/api/v1/countries/" + code.toLowerCase(Locale.ROOT))
        .then()
        .statusCode(200)
        .body("name", equalTo("Testland Republic"))
        .body("timeZone", equalTo("Europe/Paris"))
        .body("active", equalTo(true));
    // Same values again: nothing changes, nothing is published.
    asAdmin()
        .body(Map.of("name", "Testland Republic"))
        .patch("/api/v1/countries/" + code)
        .then()
        .statusCode(200);
    asAdmin()
        .body(Map.of("active", false))
        .patch("/api/v1/countries/" + code)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    anonymous()
        .get("/api/v1/countries")
        .then()
        .body("find { it.code == '" + code + "' }.active", equalTo(false));

    List<EventEnvelope> events = Events.published(Topics.CATALOG_COUNTRIES, code, since, 3);
    assertEquals(3, events.size(), "one event per change");
    events.forEach(e -> assertEquals(CountryState.TYPE, e.type()));
    assertEquals(
        new CountryState(code, "Testland", "Asia/Dubai", true),
        events.get(0).dataAs(CountryState.class));
    assertEquals(
        new CountryState(code, "Testland Republic", "Europe/Paris", true),
        events.get(1).dataAs(CountryState.class));
    assertEquals(
        new CountryState(code, "Testland Republic", "Europe/Paris", false),
        events.get(2).dataAs(CountryState.class));
  }

  @Test
  void existingCodeIs409AndBadInputIsAFieldError() {
    asAdmin()
        .body(Map.of("code", "SG", "name", "Singapore again", "timeZone", "Asia/Singapore"))
        .post("/api/v1/countries")
        .then()
        .statusCode(409)
        .body("code", equalTo("COUNTRY_EXISTS"));
    asAdmin()
        .body(Map.of("code", code, "name", "Testland", "timeZone", "Mars/Olympus"))
        .post("/api/v1/countries")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("timeZone"));
    asAdmin()
        .body(Map.of("code", code, "name", "Testland", "timeZone", "+08:00"))
        .post("/api/v1/countries")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("timeZone"));
    asAdmin()
        .body(Map.of("code", "XX1", "name", "n".repeat(101)))
        .post("/api/v1/countries")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("code", "name", "timeZone"));
    asAdmin()
        .body(Map.of("timeZone", "Nowhere/Else"))
        .patch("/api/v1/countries/SG")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("timeZone"));
    anonymous()
        .get("/api/v1/countries")
        .then()
        .body("find { it.code == 'SG' }.timeZone", equalTo("Asia/Singapore"));
  }

  @Test
  void concurrentCreatesOfOneCodeYieldOneCountryAndConflicts() throws Exception {
    Map<String, Object> body = Map.of("code", code, "name", "Raceland", "timeZone", "UTC");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit(() -> asAdmin().body(body).post("/api/v1/countries").statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(30, TimeUnit.SECONDS));
      }
      assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
      assertEquals(3, Collections.frequency(statuses, 409), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void updatingAnUnknownCountryIs404() {
    asAdmin()
        .body(Map.of("name", "Nowhere"))
        .patch("/api/v1/countries/" + code)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    asAdmin()
        .body(Map.of("name", "Nowhere"))
        .patch("/api/v1/countries/not-a-code")
        .then()
        .statusCode(404);
  }

  @Test
  void anInactiveCountryGetsNoNewPackagesOrClassesAndListsNothing() {
    asAdmin()
        .body(Map.of("code", code, "name", "Testland " + UUID.randomUUID(), "timeZone", "UTC"))
        .post("/api/v1/countries")
        .then()
        .statusCode(201);
    String packageId =
        asAdmin()
            .body(packageBody(code))
            .post("/api/v1/packages")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asAdmin()
        .body(classBody(code, uniqueFutureHour(), 5))
        .post("/api/v1/classes")
        .then()
        .statusCode(201);
    anonymous()
        .queryParam("country", code)
        .get("/api/v1/packages")
        .then()
        .body("id", hasItem(packageId));

    asAdmin()
        .body(Map.of("active", false))
        .patch("/api/v1/countries/" + code)
        .then()
        .statusCode(200);

    asAdmin()
        .body(packageBody(code))
        .post("/api/v1/packages")
        .then()
        .statusCode(422)
        .body("code", equalTo("UNKNOWN_COUNTRY"));
    asAdmin()
        .body(classBody(code, uniqueFutureHour(), 5))
        .post("/api/v1/classes")
        .then()
        .statusCode(422)
        .body("code", equalTo("UNKNOWN_COUNTRY"));
    anonymous()
        .queryParam("country", code)
        .get("/api/v1/packages")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    anonymous()
        .queryParam("country", code)
        .get("/api/v1/classes")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }
}
