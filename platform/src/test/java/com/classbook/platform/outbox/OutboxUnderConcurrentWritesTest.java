package com.classbook.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.EventJson;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxUnderConcurrentWritesTest {

  @Test
  void writersRacingTheRelayNeverFailAndEveryEventIsPublished() {
    String prefix = "race-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<CompletableFuture<Integer>> calls =
          IntStream.range(0, 120)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () -> given().post("/probe/outbox/" + prefix + (i % 40)).statusCode(),
                          pool))
              .toList();
      List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
      assertEquals(List.of(204), statuses.stream().distinct().toList(), "every write committed");
    } finally {
      pool.shutdownNow();
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                IntStream.range(0, 40)
                    .allMatch(i -> OutboxSurvivesBrokerOutageTest.pending(prefix + i) == 0));
    // "Nothing pending" also holds when nothing was written: count what reached the topic.
    Set<String> published = new HashSet<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              KafkaProbe.readAll("platform.probe.v1", Duration.ofSeconds(1)).stream()
                  .filter(r -> r.key() != null && r.key().startsWith(prefix))
                  .forEach(r -> published.add(EventJson.read(r.value()).id()));
              return published.size() >= 120;
            });
    assertEquals(120, published.size(), "one record per written event");
  }
}
