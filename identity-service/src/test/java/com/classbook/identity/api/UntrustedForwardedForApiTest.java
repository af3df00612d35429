package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * X-Forwarded-For counts only from a trusted proxy: from any other peer the header is ignored and
 * the peer's own address takes the per-address quotas, so a client cannot pick a fresh address for
 * every request. Here the test client is not a trusted proxy.
 */
@QuarkusTest
@TestProfile(UntrustedForwardedForApiTest.TestClientIsNoProxy.class)
class UntrustedForwardedForApiTest {
  private static final int PER_ADDRESS = 2;

  /** Trusts only a documentation address (RFC 5737), never the test client. */
  public static class TestClientIsNoProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.http.proxy.trusted-proxies",
          "192.0.2.1",
          "classbook.limits.forgot-password-per-address",
          Integer.toString(PER_ADDRESS));
    }
  }

  @BeforeEach
  void aWindowNoEarlierRunUsed() {
    // The test client's own address is the quota's subject: a clock far ahead starts a new window.
    long days = ThreadLocalRandom.current().nextLong(1_000, 1_000_000);
    TestClock.CLOCK.set(Instant.now().plus(Duration.ofDays(days)));
  }

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  private static Response forgotPassword(String claimedAddress) {
    return given()
        .header("X-Forwarded-For", claimedAddress)
        .contentType(ContentType.JSON)
        .body(Map.of("email", Accounts.uniqueEmail()))
        .post("/api/v1/auth/forgot-password");
  }

  @Test
  void aClaimedAddressFromAnUntrustedPeerIsIgnored() {
    for (int i = 0; i < PER_ADDRESS; i++) {
      forgotPassword(Accounts.uniqueAddress()).then().statusCode(202);
    }

    forgotPassword(Accounts.uniqueAddress())
        .then()
        .statusCode(429)
        .body("code", equalTo("TOO_MANY_REQUESTS"))
        .header("Retry-After", notNullValue());
  }
}
