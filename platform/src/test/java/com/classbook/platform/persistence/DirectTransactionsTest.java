package com.classbook.platform.persistence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectTransactionsTest {

  @Test
  void aCommittedDirectTransactionKeepsItsRowAndItsEventsInTheirOrder() {
    String ref = "dir-" + UUID.randomUUID().toString().substring(0, 8);

    given().post("/probe/direct/" + ref).then().statusCode(204);

    assertEquals(1L, effects(ref));
    assertEquals(List.of(ref + "-first", ref + "-second"), outboxKeys(ref));
  }

  @Test
  void aFailedDirectTransactionLeavesNeitherItsRowNorItsEvents() {
    String ref = "dir-" + UUID.randomUUID().toString().substring(0, 8);

    given().queryParam("fail", true).post("/probe/direct/" + ref).then().statusCode(500);

    assertEquals(0L, effects(ref));
    assertEquals(List.of(), outboxKeys(ref));
  }

  @Test
  void aDirectTransactionIsNeverJoined() {
    String ref = "dir-" + UUID.randomUUID().toString().substring(0, 8);

    String answer =
        given()
            .post("/probe/direct/" + ref + "/nested")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertEquals("a direct transaction is already open on this context", answer);
  }

  private static long effects(String ref) {
    return given().get("/probe/effects/" + ref).then().statusCode(200).extract().as(Long.class);
  }

  private static List<String> outboxKeys(String ref) {
    return given()
        .get("/probe/direct/" + ref + "/outbox")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList(".", String.class);
  }
}
