package com.classbook.booking.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** The member's booking requests, as a frontend sends them. */
public final class Bookings {
  private Bookings() {}

  /** POST /api/v1/bookings for the class with the member's token; the answer to check. */
  public static ValidatableResponse book(String token, String classId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("classId", classId))
        .post("/api/v1/bookings")
        .then();
  }

  /** Books the class (201 expected); the booking's id. */
  public static String booked(String token, String classId) {
    return book(token, classId).statusCode(201).extract().path("id");
  }
}
