package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The client-credentials grant gives services short-lived SERVICE tokens, and only to known
 * clients.
 */
@QuarkusTest
class ServiceTokenApiTest {

  @Inject JWTParser parser;

  private static Response token(String grant, String client, String secret) {
    return given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", grant)
        .formParam("client_id", client)
        .formParam("client_secret", secret)
        .post("/internal/v1/oauth/token");
  }

  @Test
  void clientCredentialsGiveAFiveMinuteServiceToken() throws Exception {
    Response response = token("client_credentials", "waitlist-service", "waitlist-local-secret");
    response
        .then()
        .statusCode(200)
        .body("token_type", equalTo("Bearer"))
        .body("expires_in", equalTo(300));
    JsonWebToken jwt = parser.parse(response.path("access_token"));
    assertThat(jwt.getSubject(), is("waitlist-service"));
    assertThat(jwt.getGroups(), is(Set.of("SERVICE")));
    assertThat(jwt.getExpirationTime() - jwt.getIssuedAtTime(), is(300L));
  }

  @Test
  void wrongSecretsUnknownClientsAndOtherGrantsAreRefused() {
    token("client_credentials", "waitlist-service", "guess")
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_CREDENTIALS"));
    token("client_credentials", "booking-service", "waitlist-local-secret")
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_CREDENTIALS"));
    token("password", "waitlist-service", "waitlist-local-secret")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
    given()
        .contentType("application/x-www-form-urlencoded")
        .post("/internal/v1/oauth/token")
        .then()
        .statusCode(400);
  }
}
