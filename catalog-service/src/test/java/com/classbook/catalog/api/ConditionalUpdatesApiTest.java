package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.classBody;
import static com.classbook.catalog.support.CatalogApi.packageBody;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.classbook.catalog.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GET of a class, package or country carries an ETag; a PATCH whose If-Match is stale is a 412 and
 * changes nothing; a PATCH without If-Match still works; a 201 names the new resource.
 */
@QuarkusTest
class ConditionalUpdatesApiTest {

  @Inject TestDatabase database;
  private String countryCode;

  @AfterEach
  void removeTestCountry() {
    if (countryCode != null) {
      database.deleteCountry(countryCode);
    }
  }

  @Test
  void aStaleIfMatchLeavesTheClassAsItWas() {
    String location =
        asAdmin()
            .body(classBody("SG", uniqueFutureHour(), 10))
            .post("/api/v1/classes")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    assertConditional(location, "title");
  }

  @Test
  void aStaleIfMatchLeavesThePackageAsItWas() {
    String location =
        asAdmin()
            .body(packageBody("SG"))
            .post("/api/v1/packages")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    assertConditional(location, "name");
  }

  @Test
  void aStaleIfMatchLeavesTheCountryAsItWas() {
    countryCode = unusedCountryCode();
    String location =
        asAdmin()
            .body(Map.of("code", countryCode, "name", "Testland", "timeZone", "Europe/Paris"))
            .post("/api/v1/countries")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    assertEquals("/api/v1/countries/" + countryCode, location);
    assertConditional(location, "name");
  }

  @Test
  void unknownResourcesAre404() {
    anonymous().get("/api/v1/packages/no-such-package").then().statusCode(404);
    anonymous().get("/api/v1/countries/QQ").then().statusCode(404);
    anonymous().get("/api/v1/countries/not-a-code").then().statusCode(404);
  }

  /** Read, change with the right tag, fail with the old tag, change without a tag. */
  private static void assertConditional(String location, String field) {
    assertEquals(location, location.replaceFirst("^https?://[^/]+", ""), "a relative Location");
    String first = etagOf(location);

    String changed =
        asAdmin()
            .header("If-Match", first)
            .body(Map.of(field, "Changed once"))
            .patch(location)
            .then()
            .statusCode(200)
            .body(field, equalTo("Changed once"))
            .extract()
            .header("ETag");
    assertNotEquals(first, changed, "a change advances the ETag");
    assertEquals(changed, etagOf(location));

    asAdmin()
        .header("If-Match", first)
        .body(Map.of(field, "Lost update"))
        .patch(location)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("code", equalTo("PRECONDITION_FAILED"))
        .body("instance", containsString("urn:request:"));
    anonymous().get(location).then().statusCode(200).body(field, equalTo("Changed once"));
    assertEquals(changed, etagOf(location), "the refused PATCH changed nothing");

    asAdmin()
        .header("If-Match", "\"not-a-version\"")
        .body(Map.of(field, "Lost update"))
        .patch(location)
        .then()
        .statusCode(412);
    asAdmin()
        .body(Map.of(field, "Changed without a tag"))
        .patch(location)
        .then()
        .statusCode(200)
        .body(field, equalTo("Changed without a tag"));
    asAdmin()
        .header("If-Match", "*")
        .body(Map.of(field, "Changed at any version"))
        .patch(location)
        .then()
        .statusCode(200);
  }

  private static String etagOf(String location) {
    String etag = anonymous().get(location).then().statusCode(200).extract().header("ETag");
    assertNotNull(etag, "GET " + location + " carries an ETag");
    return etag;
  }

  private static String unusedCountryCode() {
    List<String> taken = anonymous().get("/api/v1/countries").then().extract().path("code");
    List<String> free = new ArrayList<>(List.of(Locale.getISOCountries()));
    free.removeAll(taken);
    free.removeAll(Set.of("SG", "MY", "TH", "JP", "GB", "US", "AQ"));
    Collections.shuffle(free);
    return free.get(0);
  }
}
