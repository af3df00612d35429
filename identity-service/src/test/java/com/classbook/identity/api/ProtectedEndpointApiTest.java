package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.Countries;
import com.classbook.identity.support.Jwts;
import com.classbook.identity.support.TestClock;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only untampered RS256 tokens of this issuer and audience, still valid, reach /users/me. */
@QuarkusTest
class ProtectedEndpointApiTest {

  @BeforeEach
  void activeCountry() {
    Countries.ensureActive();
  }

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  private static void rejected(String token) {
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/users/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHORIZED"));
  }

  private static String loginToken() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    return (String) Accounts.tokens(email, Accounts.PASSWORD).get("accessToken");
  }

  @Test
  void noTokenIs401() {
    given().get("/api/v1/users/me").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
  }

  @Test
  void aTamperedTokenIsRejected() {
    String token = loginToken();
    String[] parts = token.split("\\.");
    String forged = Jwts.payload(token).toString().replace("\"MEMBER\"", "\"ADMIN\"");
    rejected(parts[0] + "." + Jwts.encode(forged) + "." + parts[2]);
  }

  @Test
  void anAlgNoneTokenIsRejected() {
    String token = loginToken();
    String header = Jwts.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String payload = token.split("\\.")[1];
    rejected(header + "." + payload + ".");
    rejected(header + "." + payload);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String token =
        TestTokens.claims(
                UUID.randomUUID().toString(), "MEMBER", "SG", Instant.now().plusSeconds(600))
            .sign(generator.generateKeyPair().getPrivate());
    rejected(token);
  }

  @Test
  void anExpiredAccessTokenIsRejected() {
    rejected(
        TestTokens.claims(
                UUID.randomUUID().toString(), "MEMBER", "SG", Instant.now().minusSeconds(120))
            .sign(TestTokens.privateKey()));
  }

  @Test
  void anAccessTokenThisServiceIssuedExpiresAfterItsLifetime() {
    // Issued 16 minutes ago: its 15-minute lifetime (plus 30 s allowed skew) is over.
    TestClock.CLOCK.set(Instant.now().minus(Duration.ofMinutes(16)));
    String token = loginToken();
    TestClock.CLOCK.reset();
    rejected(token);
  }

  @Test
  void aTokenOfAnotherIssuerIsRejected() {
    rejected(
        TestTokens.claims(
                UUID.randomUUID().toString(), "MEMBER", "SG", Instant.now().plusSeconds(600))
            .issuer("https://evil.example")
            .sign(TestTokens.privateKey()));
  }

  @Test
  void aServiceTokenCannotReadAMemberProfile() {
    given()
        .auth()
        .oauth2(TestTokens.service())
        .get("/api/v1/users/me")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
  }
}
