package com.classbook.catalog.api;

import static com.classbook.catalog.support.KeySetServerResource.TEST_KEY_ID;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.classbook.catalog.support.KeySetServer;
import com.classbook.catalog.support.KeySetServerResource;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * With {@code mp.jwt.verify.publickey.location} at identity's key set (here a local stand-in), a
 * token is verified with the published key its kid names: a key published later is fetched when a
 * token first names it (a rotation needs no restart), and made-up kids or keys are refused without
 * fetching the set for each of them. In order, because the set refetches at most once a minute. The
 * later key is therefore awaited with a deadline, not expected at once.
 */
@QuarkusTest
@TestProfile(IdentityKeySetApiTest.FromKeySet.class)
@TestMethodOrder(OrderAnnotation.class)
class IdentityKeySetApiTest {

  /** The default profile verifies with the test PEM file; this one with a served key set. */
  public static class FromKeySet implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(KeySetServerResource.class));
    }
  }

  KeySetServer identity;

  private static String adminToken(PrivateKey key, String kid) {
    return TestTokens.claims("admin-1", "ADMIN", "SG", Instant.now().plusSeconds(300))
        .jws()
        .keyId(kid)
        .sign(key);
  }

  /** An ADMIN call without effect: the unknown country is a 404 once the token is accepted. */
  private static Response adminCall(String token) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("active", true))
        .patch("/api/v1/countries/ZZ");
  }

  private static void refused(String token) {
    adminCall(token)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHORIZED"));
  }

  @Test
  @Order(1)
  void aTokenSignedWithThePublishedKeyUnderItsKidIsAccepted() {
    adminCall(adminToken(TestTokens.privateKey(), TEST_KEY_ID)).then().statusCode(404);

    assertThat(
        "the key set was fetched from its location", identity.fetches(), greaterThanOrEqualTo(1));
  }

  @Test
  @Order(2)
  void aKeyPublishedLaterIsFetchedWhenATokenFirstNamesIt() throws Exception {
    KeyPair next = newKeyPair();
    Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
    keys.put(TEST_KEY_ID, (RSAPublicKey) KeyUtils.readPublicKey("test-keys/jwt-public.pem"));
    keys.put("next-key", (RSAPublicKey) next.getPublic());
    identity.publish(keys);

    // The set is fetched again for an unknown kid at most once a minute (forced-refresh-interval),
    // counted from the last fetch, so the new key is accepted within that minute, not at once.
    String signedWithNext = adminToken(next.getPrivate(), "next-key");
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> adminCall(signedWithNext).statusCode() == 404);
    adminCall(adminToken(TestTokens.privateKey(), TEST_KEY_ID)).then().statusCode(404);
  }

  @Test
  @Order(3)
  void unknownKidsAndForeignKeysAreRefusedWithoutAFetchForEach() throws Exception {
    PrivateKey stranger = newKeyPair().getPrivate();
    int fetchesBefore = identity.fetches();

    for (int i = 0; i < 5; i++) {
      refused(adminToken(stranger, "made-up-" + i));
    }
    refused(adminToken(stranger, TEST_KEY_ID));
    refused(adminToken(TestTokens.privateKey(), "next-key"));
    refused(adminToken(TestTokens.privateKey(), "made-up"));

    assertThat(identity.fetches() - fetchesBefore, lessThanOrEqualTo(1));
  }

  private static KeyPair newKeyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }
}
