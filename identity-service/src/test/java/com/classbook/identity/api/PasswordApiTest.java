package com.classbook.identity.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.Countries;
import com.classbook.identity.support.Mailbox;
import com.classbook.identity.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PasswordApiTest {
  private static final String NEW_PASSWORD = "battery-staple-2024";

  @BeforeEach
  void activeCountry() {
    Countries.ensureActive();
  }

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  private static Response forgot(String email) {
    return Accounts.client()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email))
        .post("/api/v1/auth/forgot-password");
  }

  private static Response reset(String token, String password) {
    return Accounts.client()
        .contentType(ContentType.JSON)
        .body(Map.of("token", token, "newPassword", password))
        .post("/api/v1/auth/reset-password");
  }

  private static Response refresh(String token) {
    return Accounts.client()
        .contentType(ContentType.JSON)
        .body(Map.of("refreshToken", token))
        .post("/api/v1/auth/refresh");
  }

  @Test
  void forgotPasswordAnswers202WhetherOrNotTheAccountExists() {
    String unknown = Accounts.uniqueEmail();
    forgot(unknown).then().statusCode(202);
    String known = Accounts.uniqueEmail();
    Accounts.verified(known);
    forgot(known).then().statusCode(202);
    Mailbox.awaitToken(known, Mailbox.RESET);
    assertThat(Mailbox.messages(unknown, Mailbox.RESET), hasSize(0));
  }

  @Test
  void resetSetsTheNewPasswordOnceAndRevokesRefreshTokens() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    String session = (String) Accounts.tokens(email, Accounts.PASSWORD).get("refreshToken");

    forgot(email).then().statusCode(202);
    String token = Mailbox.awaitToken(email, Mailbox.RESET);
    reset(token, NEW_PASSWORD).then().statusCode(204);

    Accounts.login(email, NEW_PASSWORD).then().statusCode(200);
    Accounts.login(email, Accounts.PASSWORD).then().statusCode(401);
    refresh(session).then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
    reset(token, "another-password-9")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void aResetLinkAlsoProvesTheEmailAddress() {
    String email = Accounts.uniqueEmail();
    Accounts.register(email);
    forgot(email).then().statusCode(202);
    reset(Mailbox.awaitToken(email, Mailbox.RESET), NEW_PASSWORD).then().statusCode(204);
    Accounts.login(email, NEW_PASSWORD).then().statusCode(200);
  }

  @Test
  void theResetTokenExpiresAfterOneHour() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    forgot(email).then().statusCode(202);
    String token = Mailbox.awaitToken(email, Mailbox.RESET);
    TestClock.CLOCK.advance(Duration.ofMinutes(61));
    reset(token, NEW_PASSWORD).then().statusCode(400).body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void aWeakNewPasswordIs400AndKeepsTheTokenUsable() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    forgot(email).then().statusCode(202);
    String token = Mailbox.awaitToken(email, Mailbox.RESET);
    reset(token, "short")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", hasItem("newPassword"));
    reset("unknown-token", NEW_PASSWORD)
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_TOKEN"));
    reset(token, NEW_PASSWORD).then().statusCode(204);
  }

  @Test
  void changePasswordChecksTheCurrentOneAndSignsOutOtherSessions() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    Map<String, Object> tokens = Accounts.tokens(email, Accounts.PASSWORD);
    String access = (String) tokens.get("accessToken");

    Accounts.client()
        .auth()
        .oauth2(access)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD))
        .post("/api/v1/users/me/password")
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_CREDENTIALS"));
    Accounts.client()
        .auth()
        .oauth2(access)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "short"))
        .post("/api/v1/users/me/password")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", hasItem("newPassword"));
    Accounts.client()
        .auth()
        .oauth2(access)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD))
        .post("/api/v1/users/me/password")
        .then()
        .statusCode(204);

    Accounts.login(email, NEW_PASSWORD).then().statusCode(200);
    Accounts.login(email, Accounts.PASSWORD).then().statusCode(401);
    refresh((String) tokens.get("refreshToken")).then().statusCode(401);
  }

  @Test
  void changePasswordNeedsAToken() {
    Accounts.client()
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD))
        .post("/api/v1/users/me/password")
        .then()
        .statusCode(401);
  }
}
