package com.classbook.platform.reactive;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnOwnContextTest {

  @Test
  void transactionsOnContextsOfTheirOwnRunSideBySide() {
    String ref = "side-" + UUID.randomUUID().toString().substring(0, 8);

    given().post("/probe/side-by-side/" + ref + "/6").then().statusCode(204);

    given().get("/probe/effects/" + ref).then().statusCode(200).body(Matchers.equalTo("6"));
  }
}
