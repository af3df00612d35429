package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Catalog;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /me/packages and /me/bookings answer pages; every 201 names the new resource in Location. */
@QuarkusTest
class MyListsArePagedApiTest {

  @Test
  void packagesArePagedNewestFirstWithTheirTotal() {
    String token = TestTokens.newMember("SG");
    String offer = Catalog.offer("SG", 10, 30, true).id();
    List<String> bought = List.of(buy(token, offer), buy(token, offer), buy(token, offer));

    List<String> seen = new ArrayList<>();
    seen.addAll(page(token, "/api/v1/me/packages?size=2", 0, 2, 2));
    seen.addAll(page(token, "/api/v1/me/packages?size=2&page=1", 1, 2, 1));
    assertEquals(new HashSet<>(bought), new HashSet<>(seen), "each package on exactly one page");
    assertEquals(3, seen.size());
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/packages")
        .then()
        .statusCode(200)
        .body("page", equalTo(0))
        .body("size", equalTo(20))
        .body("totalItems", equalTo(3))
        .body("items", hasSize(3));
  }

  @Test
  void bookingsArePagedAndTheStatusFilterCounts() {
    String token = TestTokens.newMember("SG");
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    for (int day = 3; day <= 5; day++) {
      ClassState cls = Catalog.schedule("SG", Catalog.inDays(day), 5, 1);
      book(token, cls.id(), null);
    }
    List<String> seen = new ArrayList<>();
    seen.addAll(page(token, "/api/v1/me/bookings?size=2", 0, 2, 2));
    seen.addAll(page(token, "/api/v1/me/bookings?size=2&page=1", 1, 2, 1));
    assertEquals(3, new HashSet<>(seen).size());
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/bookings?status=CANCELLED&size=5")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0))
        .body("items", hasSize(0));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/bookings?size=100")
        .then()
        .statusCode(200)
        .body("size", equalTo(100));
  }

  @Test
  void aPageLargerThan100OrMalformedIsA400() {
    String token = TestTokens.newMember("SG");
    for (String path : List.of("/api/v1/me/bookings", "/api/v1/me/packages")) {
      for (String query : List.of("size=101", "size=0", "page=-1", "size=many")) {
        given()
            .auth()
            .oauth2(token)
            .get(path + "?" + query)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("code", equalTo("VALIDATION_FAILED"));
      }
    }
  }

  @Test
  void createdPurchasesAndBookingsCarryTheirLocationAlsoOnReplay() {
    String token = TestTokens.newMember("SG");
    String offer = Catalog.offer("SG", 10, 30, true).id();
    String key = UUID.randomUUID().toString();
    var purchase =
        given()
            .auth()
            .oauth2(token)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(Map.of("packageId", offer, "paymentToken", "tok_visa"))
            .post("/api/v1/purchases")
            .then()
            .statusCode(201)
            .extract();
    String location = "/api/v1/me/packages/" + purchase.path("id");
    assertEquals(location, purchase.header("Location"));
    given()
        .auth()
        .oauth2(token)
        .get(location)
        .then()
        .statusCode(200)
        .body("id", equalTo(purchase.path("id")));
    given().auth().oauth2(TestTokens.newMember("SG")).get(location).then().statusCode(404);
    given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("packageId", offer, "paymentToken", "tok_visa"))
        .post("/api/v1/purchases")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", location);

    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 5, 1);
    var booking = book(token, cls.id(), key);
    assertEquals("/api/v1/bookings/" + booking.path("id"), booking.header("Location"));
    assertEquals(booking.header("Location"), book(token, cls.id(), key).header("Location"));
  }

  private static String buy(String token, String offer) {
    return Catalog.buy(token, offer);
  }

  private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> book(
      String token, String classId, String key) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON);
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request
        .body(Map.of("classId", classId))
        .post("/api/v1/bookings")
        .then()
        .statusCode(201)
        .extract();
  }

  private static List<String> page(String token, String path, int page, int size, int items) {
    return given()
        .auth()
        .oauth2(token)
        .get(path)
        .then()
        .statusCode(200)
        .body("page", equalTo(page))
        .body("size", equalTo(size))
        .body("items", hasSize(items))
        .extract()
        .path("items.id");
  }
}
