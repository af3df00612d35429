package com.classbook.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappingTest {

  @Test
  void validationErrorsNameTheField() {
    given()
        .contentType("application/json")
        .body("{\"ref\":\"\"}")
        .post("/probe/idempotent")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("status", equalTo(400))
        .body("errors.field", hasItem("ref"));
  }

  @Test
  void malformedJsonIs400NotA500() {
    given()
        .contentType("application/json")
        .body("{\"ref\": ")
        .post("/probe/idempotent")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  @Test
  void wrongJsonTypeNamesTheField() {
    given()
        .contentType("application/json")
        .body("{\"ref\": [\"a\"]}")
        .post("/probe/idempotent")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", hasItem("ref"));
  }

  @Test
  void missingBodyIsAValidationError() {
    given().contentType("application/json").post("/probe/idempotent").then().statusCode(400);
  }

  @Test
  void unknownPathIsProblem404() {
    given()
        .get("/no/such/path")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void unexpectedFailureIsA500ProblemWithoutInternals() {
    given()
        .get("/probe/boom")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("code", equalTo("INTERNAL_ERROR"))
        .body("detail", not(containsString("internal detail")));
  }

  @Test
  void healthAndMetricsAreServed() {
    given()
        .get("/q/health/group/dependencies")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("checks.name", hasItem("redis"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", not(hasItem("redis")));
    given().get("/q/metrics").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
  }
}
