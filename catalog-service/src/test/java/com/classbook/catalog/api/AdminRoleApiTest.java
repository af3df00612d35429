package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.classBody;
import static com.classbook.catalog.support.CatalogApi.createClass;
import static com.classbook.catalog.support.CatalogApi.createPackage;
import static com.classbook.catalog.support.CatalogApi.packageBody;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admin endpoints need the ADMIN role of a valid identity token; public reads need nothing. */
@QuarkusTest
class AdminRoleApiTest {

  record Call(Method method, String path, Object body) {}

  private List<Call> adminCalls() {
    String classId = createClass("SG", uniqueFutureHour(), 5).getString("id");
    String packageId = createPackage("SG").getString("id");
    return List.of(
        new Call(
            Method.POST,
            "/api/v1/countries",
            Map.of("code", "FR", "name", "France", "timeZone", "Europe/Paris")),
        new Call(Method.PATCH, "/api/v1/countries/SG", Map.of("active", false)),
        new Call(Method.POST, "/api/v1/packages", packageBody("SG")),
        new Call(Method.PATCH, "/api/v1/packages/" + packageId, Map.of("active", false)),
        new Call(Method.POST, "/api/v1/classes", classBody("SG", uniqueFutureHour(), 5)),
        new Call(Method.PATCH, "/api/v1/classes/" + classId, Map.of("capacity", 1)),
        new Call(Method.POST, "/api/v1/classes/" + classId + "/cancel", null));
  }

  @Test
  void withoutATokenEveryAdminCallIs401() {
    for (Call call : adminCalls()) {
      send(call, null)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("code", equalTo("UNAUTHORIZED"));
    }
  }

  @Test
  void membersAndStaffAre403() {
    List<Call> calls = adminCalls();
    for (String token : List.of(TestTokens.newMember("SG"), TestTokens.staff())) {
      for (Call call : calls) {
        send(call, token)
            .then()
            .statusCode(403)
            .contentType("application/problem+json")
            .body("code", equalTo("FORBIDDEN"));
      }
    }
  }

  @Test
  void expiredForgedOrForeignTokensAre401() {
    String expired =
        TestTokens.claims("admin-1", "ADMIN", "SG", Instant.now().minus(Duration.ofMinutes(5)))
            .sign(TestTokens.privateKey());
    String foreignIssuer =
        TestTokens.claims("admin-1", "ADMIN", "SG", Instant.now().plus(Duration.ofMinutes(5)))
            .issuer("https://evil.example")
            .sign(TestTokens.privateKey());
    String tampered = TestTokens.admin();
    tampered = tampered.substring(0, tampered.length() - 4) + "AAAA";
    Call call = adminCalls().get(4);
    for (String token : List.of(expired, foreignIssuer, tampered, "not-a-jwt")) {
      send(call, token).then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }
  }

  @Test
  void nothingChangedWhenTheCallerWasRefused() {
    String classId = createClass("SG", uniqueFutureHour(), 5).getString("id");
    send(
            new Call(Method.POST, "/api/v1/classes/" + classId + "/cancel", null),
            TestTokens.newMember("SG"))
        .then()
        .statusCode(403);
    anonymous().get("/api/v1/classes/" + classId).then().body("cancelled", equalTo(false));
    anonymous()
        .get("/api/v1/countries")
        .then()
        .body("find { it.code == 'SG' }.active", equalTo(true));
  }

  @Test
  void publicReadsNeedNoToken() {
    String classId = createClass("SG", uniqueFutureHour(), 5).getString("id");
    anonymous().get("/api/v1/countries").then().statusCode(200);
    anonymous().queryParam("country", "SG").get("/api/v1/packages").then().statusCode(200);
    anonymous().queryParam("country", "SG").get("/api/v1/classes").then().statusCode(200);
    anonymous().get("/api/v1/classes/" + classId).then().statusCode(200);
    asAdmin().get("/api/v1/classes/" + classId).then().statusCode(200);
  }

  private static io.restassured.response.Response send(Call call, String token) {
    var request = given().contentType(ContentType.JSON);
    if (token != null) {
      request = request.auth().oauth2(token);
    }
    if (call.body() != null) {
      request = request.body(call.body());
    }
    return request.request(call.method(), call.path());
  }
}
