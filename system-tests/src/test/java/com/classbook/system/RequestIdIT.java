package com.classbook.system;

import static com.classbook.system.support.Suite.api;
import static com.classbook.system.support.Suite.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Request ids through the gateway: a valid one is kept, anything else replaced; every answer and
 * every problem names it; one request can be followed in the logs of the services it touched.
 */
class RequestIdIT {

  private static final String VALID = "[A-Za-z0-9._-]{1,128}";

  @Test
  void aValidIdIsKeptAndNamedByTheServicesProblem() {
    String id = "it." + UUID.randomUUID() + "_A-z";
    api()
        .header("X-Request-Id", id)
        .get("/api/v1/classes/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .header("X-Request-Id", id)
        .contentType("application/problem+json")
        .body("instance", equalTo("urn:request:" + id));
  }

  @Test
  void anInvalidIdIsReplacedByOneOfTheGateway() {
    for (String invalid : new String[] {"has space", "x".repeat(129), "semi;colon", "ü"}) {
      String answered =
          api()
              .header("X-Request-Id", invalid)
              .get("/api/v1/countries")
              .then()
              .statusCode(200)
              .header("X-Request-Id", matchesPattern(VALID))
              .header("X-Request-Id", not(equalTo(invalid)))
              .extract()
              .header("X-Request-Id");
      assertEquals(1, answeredHeaders(invalid), "one X-Request-Id, not the service's and ours");
      assertTrue(answered.matches(VALID));
    }
  }

  @Test
  void theGatewaysOwnProblemsNameTheRequest() {
    String generated =
        api()
            .get("/api/no/such/path")
            .then()
            .statusCode(404)
            .header("X-Request-Id", matchesPattern(VALID))
            .extract()
            .header("X-Request-Id");
    api()
        .get("/api/no/such/path")
        .then()
        .header("X-Request-Id", not(equalTo(generated)))
        .body("instance", matchesPattern("urn:request:" + VALID));
  }

  @Test
  void oneWaitlistJoinShowsUpInTheLogsOfWaitlistAndBooking() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 5, 30);
    Member seated = Suite.newMember("SG");
    Member waiting = Suite.newMember("SG");
    Suite.buy(seated, packageId);
    Suite.buy(waiting, packageId);
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(Duration.ofDays(2)), 1, 1);
    Suite.book(seated, classId).then().statusCode(201);

    String id = "follow-" + UUID.randomUUID();
    Poll.until(
            "class known to waitlist",
            Duration.ofSeconds(30),
            () ->
                as(waiting.token())
                    .header("X-Request-Id", id)
                    .body(Map.of("classId", classId))
                    .post("/api/v1/waitlist"),
            r -> r.statusCode() != 404)
        .then()
        .statusCode(201)
        .header("X-Request-Id", id);

    for (String service : new String[] {"waitlist", "booking"}) {
      Poll.until(
          "request id in a log of " + service,
          Duration.ofSeconds(15),
          () ->
              Suite.instanceLogs(service).stream()
                  .map(RequestIdIT::read)
                  .reduce("", String::concat),
          text -> text.contains(id));
    }
  }

  private static long answeredHeaders(String sent) {
    return api()
        .header("X-Request-Id", sent)
        .get("/api/v1/countries")
        .headers()
        .getList("X-Request-Id")
        .size();
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
