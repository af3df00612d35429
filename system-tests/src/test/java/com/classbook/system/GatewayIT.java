package com.classbook.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway routes public paths, hides internal ones and answers unknown paths with problem+json.
 */
class GatewayIT {

  @BeforeAll
  static void gateway() {
    RestAssured.baseURI = System.getProperty("gateway.url", "http://127.0.0.1:8080");
  }

  static IntStream servicePorts() {
    return Arrays.stream(System.getProperty("service.ports", "8081,8082,8083,8084").split(","))
        .mapToInt(port -> Integer.parseInt(port.trim()));
  }

  @ParameterizedTest
  @MethodSource("servicePorts")
  void everyServiceIsReadyOnItsOwnPort(int port) {
    given()
        .baseUri("http://127.0.0.1:" + port)
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", not(hasItem("redis")))
        .body("checks.name", not(hasItem("kafka")));
    // Redis and Kafka are watched in their own group, which operators alert on.
    given()
        .baseUri("http://127.0.0.1:" + port)
        .get("/q/health/group/dependencies")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("redis", "kafka"));
  }

  @Test
  void internalPathsAreNotRouted() {
    given()
        .post("/internal/v1/holds")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void unknownApiPathsAreProblemJson() {
    given()
        .get("/api/v1/nope")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    given()
        .get("/api/nope")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void protectedPathWithoutTokenIs401ThroughTheGateway() {
    given()
        .get("/api/v1/me/bookings")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHORIZED"));
  }

  @Test
  void jwksIsPublishedThroughTheGateway() {
    given().get("/.well-known/jwks.json").then().statusCode(200);
  }
}
