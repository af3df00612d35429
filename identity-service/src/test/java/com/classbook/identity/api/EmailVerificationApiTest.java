package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.Countries;
import com.classbook.identity.support.Mailbox;
import com.classbook.identity.support.TestClock;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmailVerificationApiTest {

  @BeforeEach
  void activeCountry() {
    Countries.ensureActive();
  }

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  private static Response verify(String token) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("token", token))
        .post("/api/v1/auth/verify-email");
  }

  private static Response resend(String email) {
    return Accounts.client()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email))
        .post("/api/v1/auth/resend-verification");
  }

  @Test
  void theEmailedTokenVerifiesOnceAndUnlocksLogin() {
    String email = Accounts.uniqueEmail();
    String id = Accounts.register(email);
    String token = Mailbox.awaitToken(email, Mailbox.VERIFY);

    verify(token).then().statusCode(204);
    Accounts.login(email, Accounts.PASSWORD).then().statusCode(200);
    verify(token)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("INVALID_TOKEN"));

    var records =
        KafkaProbe.awaitMatching(
            Topics.IDENTITY_USERS,
            r -> id.equals(r.key()) && r.value().contains(UserEvent.EMAIL_VERIFIED),
            Duration.ofSeconds(30));
    assertThat(records, hasSize(1));
    assertThat(
        EventJson.read(records.get(0).value()).dataAs(UserEvent.class).emailVerified(), is(true));
  }

  @Test
  void anUnknownOrMissingTokenIs400() {
    verify("made-up-token").then().statusCode(400).body("code", equalTo("INVALID_TOKEN"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/auth/verify-email")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void theTokenExpiresAfter24Hours() {
    String email = Accounts.uniqueEmail();
    Accounts.register(email);
    String token = Mailbox.awaitToken(email, Mailbox.VERIFY);
    TestClock.CLOCK.advance(Duration.ofHours(24).plusMinutes(1));
    verify(token).then().statusCode(400).body("code", equalTo("INVALID_TOKEN"));
    TestClock.CLOCK.reset();
    Accounts.login(email, Accounts.PASSWORD).then().statusCode(403);
  }

  @Test
  void resendMailsAFreshTokenAndRetiresTheOldOne() {
    String email = Accounts.uniqueEmail();
    Accounts.register(email);
    String first = Mailbox.awaitToken(email, Mailbox.VERIFY);

    resend(email.toUpperCase()).then().statusCode(202);
    String second = Mailbox.awaitNewToken(email, Mailbox.VERIFY, Set.of(first));

    verify(first).then().statusCode(400).body("code", equalTo("INVALID_TOKEN"));
    verify(second).then().statusCode(204);
    Accounts.login(email, Accounts.PASSWORD).then().statusCode(200);
  }

  @Test
  void resendAnswers202ForUnknownAndVerifiedAccountsWithoutMailing() {
    String unknown = Accounts.uniqueEmail();
    resend(unknown).then().statusCode(202);
    String verified = Accounts.uniqueEmail();
    Accounts.verified(verified);
    resend(verified).then().statusCode(202);
    // A marker mail requested after them: once it arrived, a mail for either would have too.
    String marker = Accounts.uniqueEmail();
    Accounts.register(marker);
    Mailbox.awaitToken(marker, Mailbox.VERIFY);
    assertThat(Mailbox.messages(unknown, Mailbox.VERIFY), hasSize(0));
    assertThat(Mailbox.messages(verified, Mailbox.VERIFY), hasSize(1));
  }
}
