package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.createClass;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/v1/classes: local-time rendering, range filter, stable order and paging edges. */
@QuarkusTest
class ClassListingApiTest {

  @Test
  void startIsRenderedInTheCountrysOffsetIncludingDaylightSaving() {
    Instant base = uniqueFutureHour().truncatedTo(ChronoUnit.DAYS);
    int year = base.atZone(java.time.ZoneOffset.UTC).getYear();
    Instant winter = Instant.parse(year + "-01-15T01:00:00Z");
    Instant summer = Instant.parse(year + "-07-15T01:00:00Z");

    assertLocalStart("SG", winter, "Asia/Singapore", year + "-01-15T09:00+08:00");
    assertLocalStart("JP", winter, "Asia/Tokyo", year + "-01-15T10:00+09:00");
    assertLocalStart("GB", winter, "Europe/London", year + "-01-15T01:00Z");
    assertLocalStart("GB", summer, "Europe/London", year + "-07-15T02:00+01:00");
    assertLocalStart("US", winter, "America/New_York", year + "-01-14T20:00-05:00");
    assertLocalStart("US", summer, "America/New_York", year + "-07-14T21:00-04:00");
  }

  private static void assertLocalStart(String country, Instant start, String zone, String local) {
    String id = createClass(country, start, 5).getString("id");
    JsonPath page =
        list(country, start, start.plusSeconds(1), Map.of("size", 100)).extract().jsonPath();
    assertEquals(local, page.getString("items.find { it.id == '" + id + "' }.localStartTime"));
    assertEquals(zone, page.getString("items.find { it.id == '" + id + "' }.timeZone"));
    assertEquals(
        start.toString(), page.getString("items.find { it.id == '" + id + "' }.startTime"));
  }

  @Test
  void pagesFollowStartThenIdAndCountEveryMatch() {
    Instant base = uniqueFutureHour();
    List<String[]> created = new ArrayList<>();
    // Two pairs share a start time: the id decides their order.
    for (int minutes : new int[] {30, 0, 30, 60, 0}) {
      Instant start = base.plus(minutes, ChronoUnit.MINUTES);
      created.add(new String[] {start.toString(), createClass("MY", start, 8).getString("id")});
    }
    List<String> expected =
        created.stream()
            .sorted(
                Comparator.<String[], Instant>comparing(c -> Instant.parse(c[0]))
                    .thenComparing(c -> c[1]))
            .map(c -> c[1])
            .toList();
    Instant to = base.plus(2, ChronoUnit.HOURS);

    list("MY", base, to, Map.of("page", 0, "size", 2))
        .body("items.id", contains(expected.get(0), expected.get(1)))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(5));
    list("MY", base, to, Map.of("page", 1, "size", 2))
        .body("items.id", contains(expected.get(2), expected.get(3)));
    list("MY", base, to, Map.of("page", 2, "size", 2))
        .body("items.id", contains(expected.get(4)))
        .body("totalItems", equalTo(5));
    list("MY", base, to, Map.of("page", 3, "size", 2))
        .body("items", empty())
        .body("totalItems", equalTo(5));
    list("MY", base, to, Map.of("size", 5)).body("items.id", contains(expected.toArray()));
    list("MY", base, to, Map.of("page", 0))
        .body("size", equalTo(20))
        .body("items.id", contains(expected.toArray()));
    list("MY", base, to, Map.of("size", 100)).body("items.size()", equalTo(5));
  }

  @Test
  void rangeIsHalfOpenAndCancelledOrInactiveClassesAreNotListed() {
    Instant base = uniqueFutureHour();
    String atFrom = createClass("TH", base, 5).getString("id");
    String atTo = createClass("TH", base.plus(1, ChronoUnit.HOURS), 5).getString("id");
    String cancelled = createClass("TH", base.plus(10, ChronoUnit.MINUTES), 5).getString("id");
    String inactive = createClass("TH", base.plus(20, ChronoUnit.MINUTES), 5).getString("id");
    asAdmin().post("/api/v1/classes/" + cancelled + "/cancel").then().statusCode(200);
    asAdmin()
        .body(Map.of("active", false))
        .patch("/api/v1/classes/" + inactive)
        .then()
        .statusCode(200);

    list("th", base, base.plus(1, ChronoUnit.HOURS), Map.of())
        .body("items.id", contains(atFrom))
        .body("totalItems", equalTo(1));
    // Cancelled and inactive classes stay readable one by one.
    anonymous().get("/api/v1/classes/" + cancelled).then().statusCode(200);
    anonymous().get("/api/v1/classes/" + inactive).then().statusCode(200);
    list("TH", base.plusSeconds(1), base.plus(2, ChronoUnit.HOURS), Map.of())
        .body("items.id", contains(atTo));
  }

  @Test
  void fromDefaultsToNowAndToIsOpen() {
    Instant start = Instant.now().plus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String soon = createClass("JP", start, 5).getString("id");
    anonymous()
        .queryParam("country", "JP")
        .queryParam("size", 100)
        .get("/api/v1/classes")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(soon));
    anonymous()
        .queryParam("country", "JP")
        .queryParam("from", start.plusSeconds(1).toString())
        .queryParam("size", 100)
        .get("/api/v1/classes")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(soon)));
  }

  @Test
  void badPagingAndRangeParametersAreFieldErrors() {
    Instant from = uniqueFutureHour();
    Instant to = from.plus(1, ChronoUnit.HOURS);
    expectFieldError(Map.of("country", "SG", "size", 0), "size");
    expectFieldError(Map.of("country", "SG", "size", 101), "size");
    expectFieldError(Map.of("country", "SG", "page", -1), "page");
    expectFieldError(Map.of("country", "SG", "page", "two"), "page");
    expectFieldError(Map.of("country", "SG", "size", "1.5"), "size");
    expectFieldError(Map.of("country", "SG", "from", "yesterday"), "from");
    expectFieldError(Map.of("country", "SG", "from", to.toString(), "to", from.toString()), "to");
    expectFieldError(Map.of("country", "SG", "from", from.toString(), "to", from.toString()), "to");
    expectFieldError(Map.of("country", "SG", "to", "2020-01-01T00:00:00Z"), "to");
    expectFieldError(Map.of(), "country");
    expectFieldError(Map.of("country", "Singapore"), "country");
    expectFieldError(Map.of("country", "ZZ"), "country");
    list("SG", from, to, Map.of("size", 100)).statusCode(200).body("size", equalTo(100));
    list("SG", from, to, Map.of("size", 1)).statusCode(200).body("size", equalTo(1));
  }

  private static void expectFieldError(Map<String, ?> query, String field) {
    anonymous()
        .queryParams(query)
        .get("/api/v1/classes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", hasItem(field));
  }

  private static io.restassured.response.ValidatableResponse list(
      String country, Instant from, Instant to, Map<String, ?> extra) {
    return anonymous()
        .queryParam("country", country)
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .queryParams(extra)
        .get("/api/v1/classes")
        .then()
        .statusCode(200);
  }
}
