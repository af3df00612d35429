package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.Countries;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileApiTest {
  private static final String OTHER_COUNTRY = "KI";

  @BeforeEach
  void activeCountry() {
    Countries.ensureActive();
  }

  private static String memberToken(String email) {
    Accounts.verified(email);
    return (String) Accounts.tokens(email, Accounts.PASSWORD).get("accessToken");
  }

  @Test
  void readsTheSignedInUsersProfile() {
    String email = Accounts.uniqueEmail();
    String token = memberToken(email);
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(email))
        .body("firstName", equalTo("Ada"))
        .body("role", equalTo("MEMBER"))
        .body("passwordHash", equalTo(null));
  }

  @Test
  void updatesNamesAndCountryAndPublishesTheChange() {
    Countries.ensure(OTHER_COUNTRY, true);
    String email = Accounts.uniqueEmail();
    String token = memberToken(email);
    Map<String, Object> body = new HashMap<>();
    body.put("firstName", "Grace");
    body.put("countryCode", OTHER_COUNTRY.toLowerCase());
    body.put("role", "ADMIN");
    body.put("email", "hijack@example.test");
    String id =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(body)
            .patch("/api/v1/users/me")
            .then()
            .statusCode(200)
            .body("firstName", equalTo("Grace"))
            .body("lastName", equalTo("Lovelace"))
            .body("countryCode", equalTo(OTHER_COUNTRY))
            .body("role", equalTo("MEMBER"))
            .body("email", equalTo(email))
            .extract()
            .path("id");

    var records =
        KafkaProbe.awaitMatching(
            Topics.IDENTITY_USERS,
            r -> id.equals(r.key()) && r.value().contains(UserEvent.PROFILE_UPDATED),
            Duration.ofSeconds(30));
    assertThat(records, hasSize(1));
    UserEvent event = EventJson.read(records.get(0).value()).dataAs(UserEvent.class);
    assertThat(event.firstName(), is("Grace"));
    assertThat(event.countryCode(), is(OTHER_COUNTRY));
  }

  @Test
  void anUnknownCountryIs422AndBadFieldsAre400() {
    Countries.forget("HM");
    String token = memberToken(Accounts.uniqueEmail());
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("countryCode", "HM"))
        .patch("/api/v1/users/me")
        .then()
        .statusCode(422)
        .body("code", equalTo("UNKNOWN_COUNTRY"));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("firstName", "x".repeat(101), "lastName", "", "countryCode", "XX"))
        .patch("/api/v1/users/me")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", hasItem("firstName"))
        .body("errors.field", hasItem("lastName"))
        .body("errors.field", hasItem("countryCode"));
  }

  @Test
  void aProfileNameCannotCarryLineBreaksOrLinks() {
    String token = memberToken(Accounts.uniqueEmail());
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("firstName", "Ada\n\nReset here: https://evil.example"))
        .patch("/api/v1/users/me")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", hasItem("firstName"));
  }

  @Test
  void profileNeedsAToken() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("firstName", "Eve"))
        .patch("/api/v1/users/me")
        .then()
        .statusCode(401);
  }

  @Test
  void anAdminMakesAMemberStaffAndTheNextTokenCarriesTheRole() {
    String email = Accounts.uniqueEmail();
    String id = Accounts.verified(email);
    String admin = (String) Accounts.tokens("admin@example.com", "Admin123456!").get("accessToken");

    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("role", "staff"))
        .patch("/api/v1/users/" + id + "/role")
        .then()
        .statusCode(200)
        .body("role", equalTo("STAFF"));
    given()
        .auth()
        .oauth2((String) Accounts.tokens(email, Accounts.PASSWORD).get("accessToken"))
        .get("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("role", equalTo("STAFF"));

    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("role", "OWNER"))
        .patch("/api/v1/users/" + id + "/role")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("role"));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("role", "STAFF"))
        .patch("/api/v1/users/" + UUID.randomUUID() + "/role")
        .then()
        .statusCode(404);
  }

  @Test
  void aMemberCannotChangeRoles() {
    String email = Accounts.uniqueEmail();
    String id = Accounts.verified(email);
    String token = (String) Accounts.tokens(email, Accounts.PASSWORD).get("accessToken");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("role", "ADMIN"))
        .patch("/api/v1/users/" + id + "/role")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
  }
}
