package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.createPackage;
import static com.classbook.catalog.support.CatalogApi.packageBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.catalog.support.Events;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.PackageState;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The package rows of the Catalog table. */
@QuarkusTest
class PackageApiTest {

  @Test
  void adminCreatesAPackageWithAnExactPrice() {
    Map<String, Object> body = packageBody("sg");
    body.put("price", 49.9);
    asAdmin()
        .body(body)
        .post("/api/v1/packages")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/packages/"))
        .body("name", equalTo(body.get("name")))
        .body("credits", equalTo(10))
        .body("price", equalTo("49.90"))
        .body("currency", equalTo("SGD"))
        .body("countryCode", equalTo("SG"))
        .body("validityDays", equalTo(30))
        .body("active", equalTo(true));

    Map<String, Object> yen = packageBody("JP");
    yen.put("price", "1500");
    yen.put("currency", "jpy");
    asAdmin()
        .body(yen)
        .post("/api/v1/packages")
        .then()
        .statusCode(201)
        .body("price", equalTo("1500"))
        .body("currency", equalTo("JPY"));
  }

  @Test
  void publicListShowsOnlyActivePackagesOfTheCountry() {
    String kept = createPackage("GB").getString("id");
    String retired = createPackage("GB").getString("id");
    String elsewhere = createPackage("US").getString("id");
    asAdmin()
        .body(Map.of("active", false))
        .patch("/api/v1/packages/" + retired)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));

    anonymous()
        .queryParam("country", "gb")
        .get("/api/v1/packages")
        .then()
        .statusCode(200)
        .body("id", hasItem(kept))
        .body("id", not(hasItem(retired)))
        .body("id", not(hasItem(elsewhere)))
        .body("countryCode", everyItem(equalTo("GB")))
        .body("active", everyItem(equalTo(true)));

    asAdmin()
        .body(Map.of("active", true))
        .patch("/api/v1/packages/" + retired)
        .then()
        .statusCode(200);
    anonymous()
        .queryParam("country", "GB")
        .get("/api/v1/packages")
        .then()
        .body("id", hasItems(kept, retired));
  }

  @Test
  void adminRenamesAndRepricesAndEachChangeIsPublishedOnce() {
    Instant since = Instant.now();
    String id = createPackage("SG").getString("id");
    asAdmin()
        .body(Map.of("name", "Ten Pack", "price", "59.00"))
        .patch("/api/v1/packages/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Ten Pack"))
        .body("price", equalTo("59.00"))
        .body("credits", equalTo(10));
    // Same values again: no change, no event.
    asAdmin().body(Map.of("price", 59)).patch("/api/v1/packages/" + id).then().statusCode(200);
    asAdmin().body(Map.of("active", false)).patch("/api/v1/packages/" + id).then().statusCode(200);

    List<EventEnvelope> events = Events.published(Topics.CATALOG_PACKAGES, id, since, 3);
    assertEquals(3, events.size(), "create, rename/reprice, deactivate");
    events.forEach(e -> assertEquals(PackageState.TYPE, e.type()));
    PackageState last = events.get(2).dataAs(PackageState.class);
    assertEquals(
        new PackageState(id, "Ten Pack", 10, new BigDecimal("59.00"), "SGD", "SG", 30, false),
        last);
    assertEquals(true, events.get(1).dataAs(PackageState.class).active());
  }

  @Test
  void unknownPackageIs404AndUnknownCountryIs422() {
    asAdmin()
        .body(Map.of("name", "x"))
        .patch("/api/v1/packages/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("code", equalTo("PACKAGE_NOT_FOUND"));
    asAdmin()
        .body(packageBody("ZZ"))
        .post("/api/v1/packages")
        .then()
        .statusCode(422)
        .body("code", equalTo("UNKNOWN_COUNTRY"));
  }

  @Test
  void everyFieldIsValidated() {
    Map<String, Object> body = packageBody("SG");
    body.put("name", "n".repeat(101));
    body.put("credits", 0);
    body.put("validityDays", -3);
    body.put("currency", "XYZ1");
    body.put("countryCode", "");
    asAdmin()
        .body(body)
        .post("/api/v1/packages")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field", hasItems("name", "credits", "validityDays", "currency", "countryCode"));

    Map<String, Object> cents = packageBody("SG");
    cents.put("price", "9.999");
    asAdmin()
        .body(cents)
        .post("/api/v1/packages")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("price"));
    Map<String, Object> yenCents = packageBody("JP");
    yenCents.put("currency", "JPY");
    yenCents.put("price", "1500.5");
    asAdmin()
        .body(yenCents)
        .post("/api/v1/packages")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("price"));
    Map<String, Object> free = packageBody("SG");
    free.put("price", 0);
    asAdmin()
        .body(free)
        .post("/api/v1/packages")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("price"));
    Map<String, Object> words = packageBody("SG");
    words.put("credits", "ten");
    asAdmin()
        .body(words)
        .post("/api/v1/packages")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("credits"));

    String id = createPackage("SG").getString("id");
    asAdmin()
        .body(Map.of("price", "10.001", "name", ""))
        .patch("/api/v1/packages/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"));
    asAdmin()
        .body(Map.of("price", "10.001"))
        .patch("/api/v1/packages/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("price"));
    asAdmin()
        .body(Map.of("price", -1))
        .patch("/api/v1/packages/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("price"));
  }

  @Test
  void listNeedsAKnownCountry() {
    anonymous()
        .get("/api/v1/packages")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("country"));
    anonymous()
        .queryParam("country", "ZZ")
        .get("/api/v1/packages")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("country"));
  }
}
