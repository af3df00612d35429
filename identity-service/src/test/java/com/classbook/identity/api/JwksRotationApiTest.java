package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.identity.support.Jwts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * Mid-rotation the key set publishes the signing key first and the previous key beside it (the test
 * profile lists rotation-keys/jwt-previous-public.pem); tokens are signed with the current key
 * under its kid, and a verifier holding the published set accepts both keys' tokens and nothing
 * else.
 */
@QuarkusTest
class JwksRotationApiTest {
  private static final String ISSUER = "https://classbook.local/identity";

  private static String keySet() {
    return given()
        .get("/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("max-age=300"))
        .extract()
        .asString();
  }

  @Test
  void theKeySetPublishesTheSigningKeyFirstAndThePreviousKeyBesideIt() throws Exception {
    JsonPath jwks = JsonPath.from(keySet());

    assertThat(jwks.getList("keys"), hasSize(2));
    assertThat(jwks.getList("keys.kty"), is(java.util.List.of("RSA", "RSA")));
    assertThat(jwks.getList("keys.alg"), is(java.util.List.of("RS256", "RS256")));
    assertThat(jwks.getList("keys.use"), is(java.util.List.of("sig", "sig")));
    assertPublished(jwks.getMap("keys[0]"), "test-keys/jwt-public.pem");
    assertPublished(jwks.getMap("keys[1]"), "rotation-keys/jwt-previous-public.pem");
    assertThat(jwks.getString("keys[0].kid"), not(jwks.getString("keys[1].kid")));
  }

  @Test
  void tokensAreSignedWithTheCurrentKeyUnderItsKidAndVerifyAgainstTheKeySet() throws Exception {
    String jwks = keySet();
    String token =
        given()
            .contentType("application/x-www-form-urlencoded")
            .formParam("grant_type", "client_credentials")
            .formParam("client_id", "waitlist-service")
            .formParam("client_secret", "waitlist-local-secret")
            .post("/internal/v1/oauth/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");

    assertThat(Jwts.header(token).get("alg").asText(), is("RS256"));
    assertThat(
        Jwts.header(token).get("kid").asText(), is(JsonPath.from(jwks).getString("keys[0].kid")));
    assertThat(verifier(jwks).parse(token).getSubject(), is("waitlist-service"));
  }

  @Test
  void tokensOfThePreviousKeyStillVerifyAndUnknownKeysDoNot() throws Exception {
    String jwks = keySet();
    String currentKid = JsonPath.from(jwks).getString("keys[0].kid");
    String previousKid = JsonPath.from(jwks).getString("keys[1].kid");
    PrivateKey previous = KeyUtils.readPrivateKey("rotation-keys/jwt-previous-private.pem");
    PrivateKey stranger = newRsaKey();

    JsonWebToken beforeTheSwitch = verifier(jwks).parse(signed(previous, previousKid));
    assertThat(beforeTheSwitch.getSubject(), is("member-1"));
    assertThrows(ParseException.class, () -> verifier(jwks).parse(signed(stranger, "unknown")));
    assertThrows(ParseException.class, () -> verifier(jwks).parse(signed(stranger, currentKid)));
    assertThrows(ParseException.class, () -> verifier(jwks).parse(signed(previous, currentKid)));
  }

  /** A verifier as every service configures it, holding the published key set. */
  private static DefaultJWTParser verifier(String jwks) {
    JWTAuthContextInfo info = new JWTAuthContextInfo();
    info.setPublicKeyContent(jwks);
    info.setIssuedBy(ISSUER);
    info.setExpectedAudience(Set.of("classbook"));
    info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
    return new DefaultJWTParser(info);
  }

  private static String signed(PrivateKey key, String kid) {
    Instant now = Instant.now();
    return Jwt.issuer(ISSUER)
        .audience("classbook")
        .subject("member-1")
        .upn("member-1@example.test")
        .groups(Set.of("MEMBER"))
        .issuedAt(now)
        .expiresAt(now.plusSeconds(300))
        .jws()
        .keyId(kid)
        .algorithm(SignatureAlgorithm.RS256)
        .sign(key);
  }

  private static PrivateKey newRsaKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair().getPrivate();
  }

  private static void assertPublished(Map<String, Object> jwk, String publicKeyPem)
      throws Exception {
    RSAPublicKey expected = (RSAPublicKey) KeyUtils.readPublicKey(publicKeyPem);
    assertThat(unsigned((String) jwk.get("n")), is(expected.getModulus()));
    assertThat(unsigned((String) jwk.get("e")), is(expected.getPublicExponent()));
  }

  private static BigInteger unsigned(String base64Url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
  }
}
