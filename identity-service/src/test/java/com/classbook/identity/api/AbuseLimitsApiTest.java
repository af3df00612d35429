package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.CountingPasswordHasher;
import com.classbook.identity.support.Countries;
import com.classbook.identity.support.Mailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quotas of the endpoints that hash passwords or send mail (defaults of application.properties).
 */
@QuarkusTest
class AbuseLimitsApiTest {
  private static final String NEW_PASSWORD = "battery-staple-2024";

  @ConfigProperty(name = "classbook.limits.register-per-address")
  int registerPerAddress;

  @ConfigProperty(name = "classbook.limits.forgot-password-per-address")
  int forgotPerAddress;

  @ConfigProperty(name = "classbook.limits.forgot-password-per-email")
  int forgotPerEmail;

  @ConfigProperty(name = "classbook.limits.resend-verification-per-address")
  int resendPerAddress;

  @ConfigProperty(name = "classbook.limits.resend-verification-per-email")
  int resendPerEmail;

  @ConfigProperty(name = "classbook.limits.reset-password-per-address")
  int resetPerAddress;

  @ConfigProperty(name = "classbook.limits.change-password-per-user")
  int changesPerUser;

  @ConfigProperty(name = "classbook.login.max-failures-per-account")
  int failuresPerAccount;

  @BeforeEach
  void activeCountry() {
    Countries.ensureActive();
  }

  private static Response post(String path, String address, Map<String, ?> body) {
    return given()
        .header("X-Forwarded-For", address)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path);
  }

  private static void assertTooManyRequests(Response response) {
    response
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("code", equalTo("TOO_MANY_REQUESTS"));
    assertThat(
        Integer.parseInt(response.header("Retry-After")),
        allOf(greaterThan(0), lessThanOrEqualTo(3600)));
  }

  @Test
  void registrationsPerAddressAreLimited() {
    String address = Accounts.uniqueAddress();
    for (int i = 0; i < registerPerAddress; i++) {
      Map<String, Object> body = new HashMap<>(Accounts.registration(Accounts.uniqueEmail()));
      body.put("countryCode", Countries.INACTIVE);
      post("/api/v1/auth/register", address, body).then().statusCode(422);
    }
    assertTooManyRequests(
        post("/api/v1/auth/register", address, Accounts.registration(Accounts.uniqueEmail())));
    post(
            "/api/v1/auth/register",
            Accounts.uniqueAddress(),
            Accounts.registration(Accounts.uniqueEmail()))
        .then()
        .statusCode(201);
  }

  @Test
  void forgotPasswordIsLimitedPerEmailAndPerAddress() {
    String email = Accounts.uniqueEmail();
    for (int i = 0; i < forgotPerEmail; i++) {
      post("/api/v1/auth/forgot-password", Accounts.uniqueAddress(), Map.of("email", email))
          .then()
          .statusCode(202);
    }
    assertTooManyRequests(
        post(
            "/api/v1/auth/forgot-password",
            Accounts.uniqueAddress(),
            Map.of("email", email.toUpperCase())));

    String address = Accounts.uniqueAddress();
    for (int i = 0; i < forgotPerAddress; i++) {
      post("/api/v1/auth/forgot-password", address, Map.of("email", Accounts.uniqueEmail()))
          .then()
          .statusCode(202);
    }
    assertTooManyRequests(
        post("/api/v1/auth/forgot-password", address, Map.of("email", Accounts.uniqueEmail())));
  }

  @Test
  void resendVerificationIsLimitedPerEmailAndPerAddress() {
    String email = Accounts.uniqueEmail();
    for (int i = 0; i < resendPerEmail; i++) {
      post("/api/v1/auth/resend-verification", Accounts.uniqueAddress(), Map.of("email", email))
          .then()
          .statusCode(202);
    }
    assertTooManyRequests(
        post("/api/v1/auth/resend-verification", Accounts.uniqueAddress(), Map.of("email", email)));

    String address = Accounts.uniqueAddress();
    for (int i = 0; i < resendPerAddress; i++) {
      post("/api/v1/auth/resend-verification", address, Map.of("email", Accounts.uniqueEmail()))
          .then()
          .statusCode(202);
    }
    assertTooManyRequests(
        post("/api/v1/auth/resend-verification", address, Map.of("email", Accounts.uniqueEmail())));
  }

  @Test
  void resetPasswordIsLimitedPerAddress() {
    String address = Accounts.uniqueAddress();
    Map<String, String> guess = Map.of("token", "made-up-token", "newPassword", NEW_PASSWORD);
    for (int i = 0; i < resetPerAddress; i++) {
      post("/api/v1/auth/reset-password", address, guess)
          .then()
          .statusCode(400)
          .body("code", equalTo("INVALID_TOKEN"));
    }
    assertTooManyRequests(post("/api/v1/auth/reset-password", address, guess));
  }

  @Test
  void anUnknownResetTokenOrATakenEmailIsRefusedWithoutHashingAPassword() {
    String email = Accounts.uniqueEmail();
    Accounts.register(email);
    int before = CountingPasswordHasher.HASHES.get();

    Accounts.client()
        .contentType(ContentType.JSON)
        .body(Map.of("token", "made-up-token", "newPassword", NEW_PASSWORD))
        .post("/api/v1/auth/reset-password")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_TOKEN"));
    Accounts.registering(Accounts.registration(email))
        .statusCode(409)
        .body("code", equalTo("EMAIL_TAKEN"));

    assertThat(CountingPasswordHasher.HASHES.get(), is(before));
  }

  @Test
  void guessesOfTheCurrentPasswordCountAsFailedLoginsAndChangesPerUserAreLimited() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    String access = (String) Accounts.tokens(email, Accounts.PASSWORD).get("accessToken");
    Map<String, String> wrong =
        Map.of("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD);

    for (int i = 0; i < failuresPerAccount; i++) {
      changePassword(access, wrong)
          .then()
          .statusCode(401)
          .body("code", equalTo("INVALID_CREDENTIALS"));
    }
    Map<String, String> right =
        Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD);
    for (int i = failuresPerAccount; i < changesPerUser; i++) {
      Response locked = changePassword(access, right);
      locked.then().statusCode(429).body("code", equalTo("TOO_MANY_ATTEMPTS"));
      assertThat(Integer.parseInt(locked.header("Retry-After")), greaterThan(0));
    }
    // The same limiter guards sign-in: the guesses locked the account there too.
    Accounts.login(email, Accounts.PASSWORD).then().statusCode(429);
    // One change request more than the hourly quota is refused before anything else.
    assertTooManyRequests(changePassword(access, right));
  }

  private static Response changePassword(String access, Map<String, String> body) {
    return Accounts.client()
        .auth()
        .oauth2(access)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/users/me/password");
  }

  @Test
  void eachRecipientGetsAtMostFiveAccountMailsAnHour() {
    String email = Accounts.uniqueEmail();
    Accounts.register(email);
    for (int i = 0; i < 3; i++) {
      post("/api/v1/auth/resend-verification", Accounts.uniqueAddress(), Map.of("email", email))
          .then()
          .statusCode(202);
      post("/api/v1/auth/forgot-password", Accounts.uniqueAddress(), Map.of("email", email))
          .then()
          .statusCode(202);
    }
    // Seven mails were asked for; wait for the fifth, then for a mail sent after all of them.
    Mailbox.awaitCount(() -> mailsTo(email), 5);
    String marker = Accounts.uniqueEmail();
    Accounts.register(marker);
    post("/api/v1/auth/forgot-password", Accounts.uniqueAddress(), Map.of("email", marker))
        .then()
        .statusCode(202);
    Mailbox.awaitToken(marker, Mailbox.RESET);

    assertThat(mailsTo(email), hasSize(5));
  }

  private static List<String> mailsTo(String email) {
    return Stream.concat(
            Mailbox.messages(email, Mailbox.VERIFY).stream(),
            Mailbox.messages(email, Mailbox.RESET).stream())
        .toList();
  }
}
