package com.classbook.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.classbook.identity.application.port.in.SeedAdminUseCase;
import com.classbook.identity.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminSeedApiTest {

  @Inject SeedAdminUseCase seed;

  @Test
  void theSeededAdministratorCanSignIn() {
    Map<String, Object> tokens = Accounts.tokens("admin@example.com", "Admin123456!");
    given()
        .auth()
        .oauth2((String) tokens.get("accessToken"))
        .get("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("role", equalTo("ADMIN"))
        .body("emailVerified", equalTo(true));
  }

  @Test
  void seedingAgainChangesNothing() throws Throwable {
    boolean created =
        VertxContextSupport.subscribeAndAwait(
            () -> seed.seed("ADMIN@example.com", "Another-password-1", "SG"));
    assertThat(created, is(false));
    // The original password still works: the existing account was left alone.
    Accounts.login("admin@example.com", "Admin123456!").then().statusCode(200);
  }
}
