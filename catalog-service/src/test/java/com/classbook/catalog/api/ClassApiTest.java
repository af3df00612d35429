package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.classBody;
import static com.classbook.catalog.support.CatalogApi.createClass;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.classbook.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The class rows of the Catalog table: read, schedule, update, cancel, and their refusals. */
@QuarkusTest
class ClassApiTest {

  @Inject MutableClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void scheduledClassIsCreatedWithTheContractFieldsAndCanBeReadBack() {
    Instant start = Instant.parse("2031-06-01T01:00:00Z");
    Map<String, Object> body = classBody("sg", start, 12);
    String id =
        asAdmin()
            .body(body)
            .post("/api/v1/classes")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/classes/"))
            .body("title", equalTo(body.get("title")))
            .body("description", equalTo("A calm vinyasa flow"))
            .body("countryCode", equalTo("SG"))
            .body("timeZone", equalTo("Asia/Singapore"))
            .body("startTime", equalTo("2031-06-01T01:00:00Z"))
            .body("endTime", equalTo("2031-06-01T02:00:00Z"))
            .body("localStartTime", equalTo("2031-06-01T09:00+08:00"))
            .body("capacity", equalTo(12))
            .body("availableSlots", equalTo(12))
            .body("requiredCredits", equalTo(2))
            .body("active", equalTo(true))
            .body("cancelled", equalTo(false))
            .extract()
            .path("id");

    anonymous()
        .get("/api/v1/classes/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("localStartTime", equalTo("2031-06-01T09:00+08:00"))
        .body("availableSlots", equalTo(12));
  }

  @Test
  void unknownClassIs404WithItsCode() {
    anonymous()
        .get("/api/v1/classes/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("CLASS_NOT_FOUND"));
    asAdmin()
        .body(Map.of("title", "x"))
        .patch("/api/v1/classes/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("code", equalTo("CLASS_NOT_FOUND"));
    asAdmin()
        .post("/api/v1/classes/" + UUID.randomUUID() + "/cancel")
        .then()
        .statusCode(404)
        .body("code", equalTo("CLASS_NOT_FOUND"));
  }

  @Test
  void updateChangesTitleDescriptionCapacityAndActiveOnly() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");

    asAdmin()
        .body(
            Map.of(
                "title", "Yin Yoga",
                "description", "Slow and deep",
                "capacity", 15,
                "startTime", "2020-01-01T00:00:00Z",
                "requiredCredits", 9))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Yin Yoga"))
        .body("description", equalTo("Slow and deep"))
        .body("capacity", equalTo(15))
        .body("availableSlots", equalTo(15))
        // Fields outside the PATCH contract are ignored.
        .body("requiredCredits", equalTo(2));

    asAdmin()
        .body(Map.of("active", false))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("title", equalTo("Yin Yoga"));
  }

  @Test
  void cancelMarksTheClassCancelledAndInactiveAndRepeatingIsHarmless() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");

    asAdmin()
        .post("/api/v1/classes/" + id + "/cancel")
        .then()
        .statusCode(200)
        .body("cancelled", equalTo(true))
        .body("active", equalTo(false));
    asAdmin()
        .post("/api/v1/classes/" + id + "/cancel")
        .then()
        .statusCode(200)
        .body("cancelled", equalTo(true));
    asAdmin()
        .body(Map.of("active", true))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("active"));
  }

  @Test
  void aClassThatHasStartedCannotBeCancelled() {
    Instant start = uniqueFutureHour();
    String id = createClass("SG", start, 10).getString("id");

    clock.set(start.plus(1, ChronoUnit.MINUTES));
    asAdmin()
        .post("/api/v1/classes/" + id + "/cancel")
        .then()
        .statusCode(409)
        .body("code", equalTo("NOT_CANCELLABLE"));
    clock.reset();
    anonymous().get("/api/v1/classes/" + id).then().body("cancelled", equalTo(false));
  }

  @Test
  void createRefusesUnknownAndInactiveCountriesWith422() {
    asAdmin()
        .body(classBody("ZZ", uniqueFutureHour(), 5))
        .post("/api/v1/classes")
        .then()
        .statusCode(422)
        .body("code", equalTo("UNKNOWN_COUNTRY"));
  }

  @Test
  void createValidatesEveryFieldWithFieldErrors() {
    Instant start = uniqueFutureHour();
    Map<String, Object> body = classBody("SG", start, 0);
    body.put("title", "t".repeat(201));
    body.put("description", "d".repeat(2001));
    body.put("endTime", start.toString());
    body.put("requiredCredits", 0);
    body.put("countryCode", "Singapore");
    asAdmin()
        .body(body)
        .post("/api/v1/classes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", hasItem("title"))
        .body("errors.field", hasItem("description"))
        .body("errors.field", hasItem("endTime"))
        .body("errors.field", hasItem("capacity"))
        .body("errors.field", hasItem("requiredCredits"))
        .body("errors.field", hasItem("countryCode"));
  }

  @Test
  void startMustLieInTheFutureAndTimesMustBeInstants() {
    Map<String, Object> past = classBody("SG", Instant.now().minus(1, ChronoUnit.HOURS), 5);
    asAdmin()
        .body(past)
        .post("/api/v1/classes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("startTime"));

    Map<String, Object> garbled = classBody("SG", uniqueFutureHour(), 5);
    garbled.put("startTime", "next tuesday");
    asAdmin()
        .body(garbled)
        .post("/api/v1/classes")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", hasItem("startTime"));

    Map<String, Object> missing = classBody("SG", uniqueFutureHour(), 5);
    missing.remove("startTime");
    missing.remove("capacity");
    asAdmin()
        .body(missing)
        .post("/api/v1/classes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("startTime"))
        .body("errors.field", hasItem("capacity"));

    Map<String, Object> tooLong = classBody("SG", uniqueFutureHour(), 5);
    tooLong.put("endTime", uniqueFutureHour().plus(400, ChronoUnit.DAYS).toString());
    asAdmin()
        .body(tooLong)
        .post("/api/v1/classes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("endTime"));
  }

  @Test
  void updateValidatesItsFields() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");
    asAdmin()
        .body(Map.of("title", " ", "capacity", -1, "description", "d".repeat(2001)))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("title"))
        .body("errors.field", hasItem("capacity"))
        .body("errors.field", hasItem("description"));
    asAdmin()
        .body("{\"capacity\": \"many\"}")
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("capacity"));
    asAdmin().patch("/api/v1/classes/" + id).then().statusCode(400);
  }
}
