package com.classbook.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A backlog of 20,000 events drains completely, once per event and in order per aggregate. */
@QuarkusTest
class OutboxRelayDrainsBacklogTest {

  @Inject Pool pool;

  private final OutboxLoad load = new OutboxLoad(100, 200);

  @AfterEach
  void tidy() {
    load.deleteTopic();
  }

  @Test
  void everyEventWrittenArrivesOnceInOrderAndTheBacklogEmpties() {
    load.write(pool);

    await().atMost(Duration.ofMinutes(5)).until(() -> load.pending(pool) == 0);
    load.assertReceivedCompleteAndInOrder(KafkaProbe.readAll(load.topic, Duration.ofSeconds(3)));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .body(
                        containsString(
                            "classbook_outbox_pending{application=\"platform-test\"} 0.0"))
                    .body(containsString("classbook_outbox_oldest_pending_age_seconds")));
  }
}
