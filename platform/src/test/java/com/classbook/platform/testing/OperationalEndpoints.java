package com.classbook.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** What operators rely on in every service: readiness, the dependencies group, metrics, OpenAPI. */
public final class OperationalEndpoints {
  private OperationalEndpoints() {}

  /**
   * Readiness over the database only; Redis and Kafka in the dependencies group (a blip of either
   * must not take the service out of the load balancer); metrics and OpenAPI served.
   */
  public static void assertServed() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("Database connections health check"))
        .body("checks.name", not(hasItems("redis")))
        .body("checks.name", not(hasItems("kafka")));
    given()
        .get("/q/health/group/dependencies")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("redis", "kafka"));
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
  }
}
