package com.classbook.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.support.Mailbox;
import com.classbook.system.support.OwnAddress;
import com.classbook.system.support.Suite;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The abuse limits as an attacker meets them through the gateway: a burst of wrong passwords for
 * one account, a burst of password-reset requests for one member, an oversized body. Each test
 * sends from a loopback address of its own ({@link OwnAddress}), so its bursts spend neither the
 * gateway's per-address zone nor identity's per-address quotas and login counts of 127.0.0.1, which
 * the other system tests share; its accounts are new ones.
 */
class AbuseLimitsIT {
  private static final int LOGIN_BURST = 60;
  private static final int RESET_BURST = 30;
  // identity-service's defaults: failures checked per account, forgot-password requests per email
  // and account mails per recipient, each within its window.
  private static final int MAX_FAILURES_PER_ACCOUNT = 5;
  private static final int MAX_RESETS_PER_EMAIL = 5;
  private static final int MAX_MAILS_PER_RECIPIENT = 5;

  /** What the client sees of an answer. */
  record Answer(int status, String code, String retryAfter) {
    static Answer of(Response response) {
      String code =
          response.contentType().startsWith("application/problem+json")
              ? response.jsonPath().getString("code")
              : null;
      return new Answer(response.statusCode(), code, response.header("Retry-After"));
    }

    boolean retryAfterSeconds() {
      return retryAfter != null && retryAfter.matches("[1-9][0-9]*");
    }
  }

  @Test
  void aBurstOfWrongPasswordsGetsAtMostFiveCheckedAndLocksOnlyThatAccount() throws Exception {
    OwnAddress attacker = OwnAddress.random();
    String victim = register(attacker, "burst");

    List<Answer> answers =
        releasedTogether(
            LOGIN_BURST,
            () ->
                attacker
                    .api()
                    .body(credentials(victim, "Wrong-" + UUID.randomUUID()))
                    .post("/api/v1/auth/login"));

    long checked = answers.stream().filter(a -> a.status() == 401).count();
    assertTrue(
        checked >= 1 && checked <= MAX_FAILURES_PER_ACCOUNT,
        "wrong passwords checked: " + checked + " of " + answers);
    for (Answer answer : answers) {
      if (answer.status() == 401) {
        assertEquals("INVALID_CREDENTIALS", answer.code(), answer.toString());
      } else {
        assertEquals(429, answer.status(), answer.toString());
        assertEquals("TOO_MANY_ATTEMPTS", answer.code(), answer.toString());
        assertTrue(answer.retryAfterSeconds(), "Retry-After in seconds: " + answer);
      }
    }
    attacker
        .api()
        .body(credentials(victim, Suite.PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(429)
        .body("code", equalTo("TOO_MANY_ATTEMPTS"))
        .header("Retry-After", notNullValue());
    attacker
        .api()
        .body(credentials(Suite.ADMIN_EMAIL, Suite.ADMIN_PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200);
  }

  @Test
  void aBurstOfPasswordResetRequestsMailsTheMemberAtMostAHandful() throws Exception {
    OwnAddress attacker = OwnAddress.random();
    String member = register(attacker, "reset");
    String verification = Mailbox.awaitToken(member, "verify-email?token=");
    attacker
        .api()
        .body(Map.of("token", verification))
        .post("/api/v1/auth/verify-email")
        .then()
        .statusCode(204);

    List<Answer> answers =
        releasedTogether(
            RESET_BURST,
            () ->
                attacker.api().body(Map.of("email", member)).post("/api/v1/auth/forgot-password"));

    long accepted = answers.stream().filter(a -> a.status() == 202).count();
    assertTrue(
        accepted >= 1 && accepted <= MAX_RESETS_PER_EMAIL,
        "accepted: " + accepted + " of " + answers);
    for (Answer answer : answers) {
      if (answer.status() != 202) {
        assertEquals(429, answer.status(), answer.toString());
        assertEquals("TOO_MANY_REQUESTS", answer.code(), answer.toString());
        assertTrue(answer.retryAfterSeconds(), "Retry-After in seconds: " + answer);
      }
    }
    // Reset mails go out in the background, after the answer.
    Mailbox.awaitToken(member, "reset-password?token=");
    // One more mail, asked for after the burst and to someone else, gives the burst's other mails
    // the time to land before the inbox is counted.
    String marker = register(OwnAddress.random(), "marker");
    Mailbox.awaitToken(marker, "verify-email?token=");

    List<String> mails = Mailbox.messagesTo(member);
    assertTrue(
        mails.size() <= MAX_MAILS_PER_RECIPIENT,
        "verification and reset mails to " + member + ": " + mails.size());
  }

  @Test
  void aBodyOverOneMebibyteIsRefusedByTheGateway() {
    OwnAddress.random()
        .api()
        .body(credentials("x".repeat(1_100_000) + "@example.test", Suite.PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  private static String register(OwnAddress from, String kind) {
    String email = kind + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    from.api()
        .body(
            Map.of(
                "email",
                email,
                "password",
                Suite.PASSWORD,
                "firstName",
                "Ada",
                "lastName",
                "Lovelace",
                "countryCode",
                "SG"))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(201);
    return email;
  }

  private static Map<String, String> credentials(String email, String password) {
    return Map.of("email", email, "password", password);
  }

  /** Sends {@code count} requests from as many threads, released together once all are ready. */
  private static List<Answer> releasedTogether(int count, Supplier<Response> send)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch ready = new CountDownLatch(count);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        answers.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return Answer.of(send.get());
                }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS), "threads ready");
      go.countDown();
      List<Answer> results = new ArrayList<>();
      for (Future<Answer> answer : answers) {
        results.add(answer.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
