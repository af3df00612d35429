package com.classbook.platform.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the platform adds to every service's /q/metrics (docs/metrics.md). */
@QuarkusTest
class MetricsEndpointTest {

  @Test
  void httpRequestsAreAHistogramPerApplication() {
    given().get("/probe/effects/metrics-probe").then().statusCode(200);

    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_bucket{application=\"platform-test\","))
        .body(containsString("uri=\"/probe/effects/{ref}\",le=\"0.005\"}"))
        .body(containsString("uri=\"/probe/effects/{ref}\",le=\"10.0\"}"))
        .body(containsString("http_server_requests_seconds_count{application=\"platform-test\""));
  }

  @Test
  void theDependenciesHealthIsAGauge() {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .get("/q/metrics")
                    .then()
                    .body(
                        containsString(
                            "classbook_dependency_up{application=\"platform-test\","
                                + "dependency=\"kafka\"} 1.0"))
                    .body(
                        containsString(
                            "classbook_dependency_up{application=\"platform-test\","
                                + "dependency=\"redis\"} 1.0")));
  }
}
