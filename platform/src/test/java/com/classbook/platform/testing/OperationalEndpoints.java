package com.classbook.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** What operators rely on in every service: readiness over its dependencies, metrics, OpenAPI. */
public final class OperationalEndpoints {
  private OperationalEndpoints() {}

  /** Ready only with database, Redis and Kafka checks up; metrics and OpenAPI served. */
  public static void assertServed() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems(
                "redis", "Database connections health check", "Kafka connection health check"));
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
  }
}
