package com.classbook.identity.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.classbook.identity.support.Jwts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceTokenAndJwksTest {

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

  @Test
  @SuppressWarnings("unchecked")
  void jwksPublishesTheVerificationKeyUnderTheKidTokensCarry() throws Exception {
    Map<String, Object> body =
        given().get("/.well-known/jwks.json").then().statusCode(200).extract().as(Map.class);
    List<Map<String, Object>> keys = (List<Map<String, Object>>) body.get("keys");
    assertThat(keys, hasSize(1));
    Map<String, Object> jwk = keys.get(0);
    assertThat(jwk.get("kty"), is("RSA"));
    assertThat(jwk.get("alg"), is("RS256"));
    assertThat(jwk.get("use"), is("sig"));

    RSAPublicKey expected = (RSAPublicKey) KeyUtils.readPublicKey("test-keys/jwt-public.pem");
    assertThat(unsigned((String) jwk.get("n")), is(expected.getModulus()));
    assertThat(unsigned((String) jwk.get("e")), is(expected.getPublicExponent()));

    String access =
        token("client_credentials", "waitlist-service", "waitlist-local-secret")
            .path("access_token");
    assertThat(Jwts.header(access).get("kid").asText(), is(jwk.get("kid")));
  }

  private static BigInteger unsigned(String base64Url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
  }
}
