package com.classbook.system.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/** The suite as a frontend sees it: only the gateway, only the public API. */
public final class Suite {
  public static final String ADMIN_EMAIL =
      System.getenv().getOrDefault("ADMIN_EMAIL", "admin@example.com");
  public static final String ADMIN_PASSWORD =
      System.getenv().getOrDefault("ADMIN_PASSWORD", "Admin123456!");
  public static final String PASSWORD = "Correct-Horse-42";

  private Suite() {}

  public static RequestSpecification api() {
    return given()
        .spec(
            new RequestSpecBuilder()
                .setBaseUri(System.getProperty("gateway.url", "http://127.0.0.1:8080"))
                .build())
        .contentType(ContentType.JSON);
  }

  public static RequestSpecification as(String token) {
    return api().header("Authorization", "Bearer " + token);
  }

  /** A member who registered, verified their email from the mail file and logged in. */
  public record Member(String id, String email, String token) {}

  public static Member newMember(String countryCode) {
    return newMember(countryCode, "Ada", "Lovelace");
  }

  /** A verified, logged-in member with the given name (the roster shows names). */
  public static Member newMember(String countryCode, String firstName, String lastName) {
    String email = "m-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    Map<String, String> body =
        Map.of(
            "email", email,
            "password", PASSWORD,
            "firstName", firstName,
            "lastName", lastName,
            "countryCode", countryCode);
    // The gateway limits sign-ups per address (30 a minute after a burst of 20), and every test
    // signs up from 127.0.0.1: like a well-behaved client, wait as long as Retry-After says.
    Response registered =
        Poll.until(
            "sign-up of " + email + " not refused by the gateway's rate limit",
            Duration.ofSeconds(120),
            () -> {
              Response answer = api().body(body).post("/api/v1/auth/register");
              if (answer.statusCode() == 429) {
                String retryAfter = answer.header("Retry-After");
                LockSupport.parkNanos(
                    Duration.ofSeconds(retryAfter == null ? 1 : Long.parseLong(retryAfter))
                        .toNanos());
              }
              return answer;
            },
            answer -> answer.statusCode() != 429);
    JsonPath user = registered.then().statusCode(201).extract().jsonPath();
    String token = Mailbox.awaitToken(email, "verify-email?token=");
    api().body(Map.of("token", token)).post("/api/v1/auth/verify-email").then().statusCode(204);
    return new Member(user.getString("id"), email, login(email, PASSWORD));
  }

  public static String login(String email, String password) {
    return api()
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("accessToken");
  }

  public static String admin() {
    return login(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  /** A new account that the admin made STAFF, logged in again so that its token says so. */
  public static Member newStaff(String admin, String countryCode) {
    Member member = newMember(countryCode);
    as(admin)
        .body(Map.of("role", "STAFF"))
        .patch("/api/v1/users/" + member.id() + "/role")
        .then()
        .statusCode(200);
    return new Member(member.id(), member.email(), login(member.email(), PASSWORD));
  }

  /** Creates an active package in the country through the admin API; returns its id. */
  public static String createPackage(
      String admin, String countryCode, int credits, int validityDays) {
    return as(admin)
        .body(
            Map.of(
                "name",
                "Pack " + UUID.randomUUID().toString().substring(0, 6),
                "credits",
                credits,
                "price",
                "49.90",
                "currency",
                "SGD",
                "countryCode",
                countryCode,
                "validityDays",
                validityDays))
        .post("/api/v1/packages")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Creates a class starting at {@code start} lasting an hour; returns its id. */
  public static String createClass(
      String admin, String countryCode, Instant start, int capacity, int credits) {
    return createClass(admin, countryCode, start, java.time.Duration.ofHours(1), capacity, credits);
  }

  /** Creates a class of the given length starting at {@code start}; returns its id. */
  public static String createClass(
      String admin,
      String countryCode,
      Instant start,
      java.time.Duration length,
      int capacity,
      int credits) {
    return as(admin)
        .body(
            Map.of(
                "title",
                "Flow " + UUID.randomUUID().toString().substring(0, 6),
                "description",
                "system test class",
                "countryCode",
                countryCode,
                "startTime",
                start.truncatedTo(ChronoUnit.SECONDS).toString(),
                "endTime",
                start.plus(length).truncatedTo(ChronoUnit.SECONDS).toString(),
                "capacity",
                capacity,
                "requiredCredits",
                credits))
        .post("/api/v1/classes")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /**
   * Buys a package, retrying while the booking service has not yet seen it (replicas lag a moment).
   */
  public static JsonPath buy(Member member, String packageId) {
    var response =
        Poll.until(
            "package " + packageId + " purchasable",
            java.time.Duration.ofSeconds(30),
            () ->
                as(member.token())
                    .body(Map.of("packageId", packageId, "paymentToken", "tok_visa"))
                    .post("/api/v1/purchases"),
            r -> r.statusCode() != 404);
    return response.then().statusCode(201).extract().jsonPath();
  }

  /**
   * Waits until booking-service holds the new class's seats (its own row, not catalog's view, which
   * shows the full capacity before booking has heard of the class).
   */
  public static void awaitKnownToBooking(String classId) {
    Poll.until(
        "class " + classId + " known to booking",
        Duration.ofSeconds(60),
        () -> bookingHasClass(classId),
        known -> known);
  }

  private static boolean bookingHasClass(String classId) {
    try (Connection db = Databases.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT 1 FROM " + Databases.schema("booking") + ".class_inventory WHERE id = ?")) {
      query.setString(1, classId);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("booking's schema unreadable", e);
    }
  }

  /** Books a class, waiting while booking-service has not yet seen the new class. */
  public static io.restassured.response.Response book(Member member, String classId) {
    return Poll.until(
        "class " + classId + " known to booking",
        java.time.Duration.ofSeconds(30),
        () -> as(member.token()).body(Map.of("classId", classId)).post("/api/v1/bookings"),
        r -> r.statusCode() != 404);
  }

  /** The member joins the class's waitlist (the raw answer: 201 or a problem). */
  public static Response joinWaitlist(Member member, String classId) {
    return as(member.token()).body(Map.of("classId", classId)).post("/api/v1/waitlist");
  }

  /** One of the member's waitlist entries as {@code GET /api/v1/me/waitlist} shows it. */
  public static JsonPath waitlistEntry(Member member, String entryId) {
    JsonPath all =
        as(member.token())
            .get("/api/v1/me/waitlist?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return new JsonPath(all.prettify()).setRootPath("items.find { it.id == '" + entryId + "' }");
  }

  public static int remainingCredits(Member member, String userPackageId) {
    return as(member.token())
        .get("/api/v1/me/packages/" + userPackageId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("remainingCredits");
  }

  /** How many instances of each service the suite under test runs (run.sh INSTANCES). */
  public static int instances() {
    return Integer.parseInt(System.getProperty("suite.instances", "1").trim());
  }

  /** The ports of every instance of a service: its own port, then + 10 per further instance. */
  public static java.util.List<Integer> instancePorts(String service) {
    java.util.List<String> names = java.util.List.of("identity", "catalog", "booking", "waitlist");
    int first =
        Integer.parseInt(
            System.getProperty("service.ports", "8081,8082,8083,8084")
                .split(",")[names.indexOf(service)]
                .trim());
    return java.util.stream.IntStream.range(0, instances()).mapToObj(k -> first + 10 * k).toList();
  }

  /** The log files of every instance of a service (run.sh: booking.log, booking-2.log, ...). */
  public static java.util.List<java.nio.file.Path> instanceLogs(String service) {
    java.nio.file.Path logs =
        java.nio.file.Path.of(System.getProperty("suite.logs", "../var/logs"));
    return java.util.stream.IntStream.rangeClosed(1, instances())
        .mapToObj(k -> logs.resolve(k == 1 ? service + ".log" : service + "-" + k + ".log"))
        .toList();
  }

  public static String classTitle(String classId) {
    return api().get("/api/v1/classes/" + classId).then().statusCode(200).extract().path("title");
  }

  public static String packageName(String admin, String packageId) {
    return as(admin)
        .get("/api/v1/packages/" + packageId)
        .then()
        .statusCode(200)
        .extract()
        .path("name");
  }

  public static int availableSlots(String classId) {
    return api()
        .get("/api/v1/classes/" + classId)
        .then()
        .statusCode(200)
        .extract()
        .path("availableSlots");
  }

  static {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }
}
