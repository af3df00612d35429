package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.Countries;
import com.classbook.identity.support.Jwts;
import com.classbook.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginApiTest {

  @Inject JWTParser parser;

  @BeforeEach
  void activeCountry() {
    Countries.ensureActive();
  }

  @Test
  void loginIssuesAnRs256AccessTokenWithTheAgreedClaimsAndARefreshToken() throws Exception {
    String email = Accounts.uniqueEmail();
    String id = Accounts.verified(email);

    Response response = Accounts.login(email.toUpperCase(), Accounts.PASSWORD);
    response
        .then()
        .statusCode(200)
        .body("tokenType", equalTo("Bearer"))
        .body("expiresIn", allOf(greaterThan(0), lessThanOrEqualTo(900)))
        .body("refreshToken", notNullValue())
        .header("Cache-Control", "no-store");
    String access = response.path("accessToken");
    String refresh = response.path("refreshToken");

    JsonNode header = Jwts.header(access);
    assertThat(header.get("alg").asText(), is("RS256"));
    assertThat(header.get("kid").asText().isEmpty(), is(false));
    // Verified with the configured public key, issuer and audience, as every service does.
    JsonWebToken jwt = parser.parse(access);
    assertThat(jwt.getSubject(), is(id));
    assertThat(jwt.getClaim("email"), is(email));
    assertThat(jwt.getGroups(), is(java.util.Set.of("MEMBER")));
    assertThat(jwt.getClaim("country"), is(Countries.ACTIVE));
    assertThat(jwt.getIssuer(), is(TestTokens.ISSUER));
    assertThat(jwt.getAudience(), is(java.util.Set.of(TestTokens.AUDIENCE)));
    assertThat(jwt.getExpirationTime() - jwt.getIssuedAtTime() <= 900, is(true));
    assertThat(jwt.getTokenID() != null, is(true));
    // At least 256 bits of randomness, base64url without padding.
    assertThat(refresh.matches("[A-Za-z0-9_-]{43,}"), is(true));

    given()
        .auth()
        .oauth2(access)
        .get("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("emailVerified", equalTo(true));
  }

  @Test
  void wrongPasswordAndUnknownEmailAreTheSame401() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    Accounts.login(email, "wrong-password-1")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("INVALID_CREDENTIALS"));
    Accounts.login(Accounts.uniqueEmail(), Accounts.PASSWORD)
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_CREDENTIALS"));
  }

  @Test
  void unverifiedAccountIsRefusedWith403() {
    String email = Accounts.uniqueEmail();
    Accounts.register(email);
    Accounts.login(email, Accounts.PASSWORD)
        .then()
        .statusCode(403)
        .body("code", equalTo("EMAIL_NOT_VERIFIED"));
  }

  @Test
  void invalidLoginBodyIs400() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "", "password", "x".repeat(129)))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  @Test
  void fiveFailuresLockTheAccountEvenForTheRightPassword() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    for (int i = 0; i < 5; i++) {
      // Each failure from another address: only the account limit can trip.
      Accounts.login(email, "wrong-password-" + i, Accounts.uniqueAddress()).then().statusCode(401);
    }
    Accounts.login(email, Accounts.PASSWORD, Accounts.uniqueAddress())
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("code", equalTo("TOO_MANY_ATTEMPTS"))
        .header("Retry-After", notNullValue());
    int retryAfter =
        Integer.parseInt(
            Accounts.login(email, Accounts.PASSWORD, Accounts.uniqueAddress())
                .header("Retry-After"));
    assertThat(retryAfter, allOf(greaterThan(0), lessThanOrEqualTo(900)));

    // Other accounts are not affected.
    String other = Accounts.uniqueEmail();
    Accounts.verified(other);
    Accounts.login(other, Accounts.PASSWORD).then().statusCode(200);
  }
}
