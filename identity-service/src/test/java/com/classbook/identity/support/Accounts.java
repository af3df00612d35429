package com.classbook.identity.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Creates accounts through the public API, each with a unique email. */
public final class Accounts {
  public static final String PASSWORD = "correct-horse-42";

  private Accounts() {}

  public static String uniqueEmail() {
    return "user-" + UUID.randomUUID() + "@example.test";
  }

  /** A client address nobody else uses, reported by the gateway in X-Forwarded-For. */
  public static String uniqueAddress() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  /**
   * A request from an address of its own: the per-address limits of one test never spill into
   * another, nor into a later run against the same Redis.
   */
  public static RequestSpecification client() {
    return given().header("X-Forwarded-For", uniqueAddress());
  }

  public static Map<String, Object> registration(String email) {
    return Map.of(
        "email",
        email,
        "password",
        PASSWORD,
        "firstName",
        "Ada",
        "lastName",
        "Lovelace",
        "countryCode",
        Countries.ACTIVE);
  }

  /** Registers and returns the new user's id. */
  public static String register(String email) {
    return registering(registration(email)).statusCode(201).extract().path("id");
  }

  /**
   * The answer to a registration with this body (a map or raw JSON), from an address of its own.
   */
  public static ValidatableResponse registering(Object body) {
    return client().contentType(ContentType.JSON).body(body).post("/api/v1/auth/register").then();
  }

  public static void verify(String email) {
    String token = Mailbox.awaitToken(email, Mailbox.VERIFY);
    client()
        .contentType(ContentType.JSON)
        .body(Map.of("token", token))
        .post("/api/v1/auth/verify-email")
        .then()
        .statusCode(204);
  }

  /** A registered, verified account; returns its id. */
  public static String verified(String email) {
    String id = register(email);
    verify(email);
    return id;
  }

  public static Response login(String email, String password, String address) {
    return given()
        .contentType(ContentType.JSON)
        .header("X-Forwarded-For", address)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login");
  }

  public static Response login(String email, String password) {
    return login(email, password, uniqueAddress());
  }

  /** Logs in and returns the token response body. */
  public static Map<String, Object> tokens(String email, String password) {
    return login(email, password).then().statusCode(200).extract().as(Map.class);
  }
}
