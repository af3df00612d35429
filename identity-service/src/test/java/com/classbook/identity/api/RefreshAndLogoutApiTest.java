package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.Countries;
import com.classbook.identity.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RefreshAndLogoutApiTest {

  @BeforeEach
  void activeCountry() {
    Countries.ensureActive();
  }

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  private static Response refresh(String refreshToken) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("refreshToken", refreshToken))
        .post("/api/v1/auth/refresh");
  }

  @Test
  void refreshRotatesAndTheOldTokenIsRejected() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    Map<String, Object> first = Accounts.tokens(email, Accounts.PASSWORD);
    String oldRefresh = (String) first.get("refreshToken");

    Response rotated = refresh(oldRefresh);
    rotated
        .then()
        .statusCode(200)
        .body("tokenType", equalTo("Bearer"))
        .body("refreshToken", not(equalTo(oldRefresh)));
    String newAccess = rotated.path("accessToken");
    given().auth().oauth2(newAccess).get("/api/v1/users/me").then().statusCode(200);

    refresh(oldRefresh)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void reusingARotatedTokenRevokesTheWholeSession() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    String first = (String) Accounts.tokens(email, Accounts.PASSWORD).get("refreshToken");
    String second = refresh(first).then().statusCode(200).extract().path("refreshToken");

    // A thief replays the first token: the family dies, the legitimate holder's too.
    refresh(first).then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
    refresh(second).then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void otherSessionsSurviveAReuseInOneSession() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    String phone = (String) Accounts.tokens(email, Accounts.PASSWORD).get("refreshToken");
    String laptop = (String) Accounts.tokens(email, Accounts.PASSWORD).get("refreshToken");
    refresh(phone).then().statusCode(200);
    refresh(phone).then().statusCode(401);
    refresh(laptop).then().statusCode(200);
  }

  @Test
  void anExpiredRefreshTokenIsRejected() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    String token = (String) Accounts.tokens(email, Accounts.PASSWORD).get("refreshToken");
    TestClock.CLOCK.advance(Duration.ofDays(14).plusMinutes(1));
    refresh(token).then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void aSessionEndsThirtyDaysAfterItsLoginHoweverOftenItIsRefreshed() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    Instant login = Instant.now();
    TestClock.CLOCK.set(login);
    String token = (String) Accounts.tokens(email, Accounts.PASSWORD).get("refreshToken");
    for (int day : new int[] {13, 26}) {
      TestClock.CLOCK.set(login.plus(Duration.ofDays(day)));
      token = refresh(token).then().statusCode(200).extract().path("refreshToken");
    }

    TestClock.CLOCK.set(login.plus(Duration.ofDays(30)).plusSeconds(1));
    refresh(token).then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
    // Revoked, not merely expired: back on day 29 the token is still refused.
    TestClock.CLOCK.set(login.plus(Duration.ofDays(29)));
    refresh(token).then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void unknownOrMissingRefreshTokensAre401() {
    refresh("not-a-token").then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void logoutRevokesTheSession() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    String token = (String) Accounts.tokens(email, Accounts.PASSWORD).get("refreshToken");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("refreshToken", token))
        .post("/api/v1/auth/logout")
        .then()
        .statusCode(204);
    refresh(token).then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void logoutOfAnUnknownTokenIsStill204() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("refreshToken", "never-issued"))
        .post("/api/v1/auth/logout")
        .then()
        .statusCode(204);
  }
}
