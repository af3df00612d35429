package com.classbook.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway serves the merged OpenAPI document and a Swagger UI for it that needs no CDN. */
class ApiDocsIT {

  @BeforeAll
  static void gateway() {
    RestAssured.baseURI = System.getProperty("gateway.url", "http://127.0.0.1:8080");
  }

  @Test
  void mergedDocumentIsServed() {
    given()
        .get("/api/openapi.json")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("info.title", equalTo("classbook public API"))
        .body("paths", hasKey("/api/v1/auth/login"))
        .body("paths", hasKey("/api/v1/bookings"))
        .body("paths", hasKey("/api/v1/waitlist"))
        .body("components.securitySchemes", hasKey("bearerAuth"));
  }

  @Test
  void swaggerUiIsServedWithItsAssets() {
    given().redirects().follow(false).get("/api/docs").then().statusCode(301);
    given()
        .get("/api/docs/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("/api/openapi.json"));
    given().get("/api/docs/swagger-ui-bundle.js").then().statusCode(200);
    given().get("/api/docs/swagger-ui.css").then().statusCode(200).contentType("text/css");
  }
}
