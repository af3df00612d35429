package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.Countries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes of one account race: profile edits from two devices and a password change at once. Each is
 * applied on the latest row (none answers 5xx, none is lost), and the password that was changed
 * stays changed whatever profile edit committed after it.
 */
@QuarkusTest
class ProfileRaceTest {
  private static final int EDITS = 12;
  private static final String NEW_PASSWORD = "another-horse-73";

  @BeforeEach
  void activeCountry() {
    Countries.ensureActive();
  }

  @Test
  void concurrentEditsAndAPasswordChangeAreAllAppliedOnTheLatestRow() throws Exception {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    String token = (String) Accounts.tokens(email, Accounts.PASSWORD).get("accessToken");
    ExecutorService pool = Executors.newFixedThreadPool(EDITS + 1);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> edits = new ArrayList<>();
    try {
      for (int i = 0; i < EDITS; i++) {
        // Half the edits change the first name, half the last: each must survive the others.
        String suffix = String.valueOf((char) ('a' + i));
        Map<String, Object> body =
            i % 2 == 0
                ? Map.of("firstName", "First" + suffix)
                : Map.of("lastName", "Last" + suffix);
        edits.add(pool.submit(() -> awaitThen(start, () -> patchMe(token, body))));
      }
      Future<Response> passwordChange =
          pool.submit(
              () ->
                  awaitThen(
                      start,
                      () ->
                          given()
                              .auth()
                              .oauth2(token)
                              .contentType(ContentType.JSON)
                              .body(
                                  Map.of(
                                      "currentPassword",
                                      Accounts.PASSWORD,
                                      "newPassword",
                                      NEW_PASSWORD))
                              .post("/api/v1/users/me/password")));
      start.countDown();
      for (Future<Response> edit : edits) {
        Response answer = edit.get(60, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.asString());
      }
      Response changed = passwordChange.get(60, TimeUnit.SECONDS);
      assertEquals(204, changed.statusCode(), changed.asString());
    } finally {
      pool.shutdownNow();
    }

    assertEquals(401, Accounts.login(email, Accounts.PASSWORD).statusCode(), "old password");
    assertEquals(200, Accounts.login(email, NEW_PASSWORD).statusCode(), "new password");
    String fresh = (String) Accounts.tokens(email, NEW_PASSWORD).get("accessToken");
    Response me = given().auth().oauth2(fresh).get("/api/v1/users/me");
    assertTrue(me.path("firstName").toString().startsWith("First"), me.asString());
    assertTrue(me.path("lastName").toString().startsWith("Last"), me.asString());
  }

  private static Response patchMe(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/v1/users/me");
  }

  private static Response awaitThen(
      CountDownLatch start, java.util.function.Supplier<Response> request) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    return request.get();
  }
}
