package com.classbook.booking.adapter.out.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The real counter against Redis: a rebuild never replaces a value, an older version neither. */
@QuarkusTest
class RedisSlotCounterTest {

  @Inject RedisSlotCounter counter;

  @Test
  void initialiseSetsOnlyAMissingCounter() throws Throwable {
    String classId = UUID.randomUUID().toString();
    VertxContextSupport.subscribeAndAwait(() -> counter.initialise(classId, 5, 1));
    VertxContextSupport.subscribeAndAwait(() -> counter.initialise(classId, 9, 2));

    assertEquals(Optional.of(5), read(classId), "SET NX: the second rebuild changed nothing");
  }

  @Test
  void publishNeverReplacesANewerVersion() throws Throwable {
    String classId = UUID.randomUUID().toString();
    VertxContextSupport.subscribeAndAwait(() -> counter.publish(classId, 3, 7));
    VertxContextSupport.subscribeAndAwait(() -> counter.publish(classId, 4, 6));
    assertEquals(Optional.of(3), read(classId), "a late writer of version 6 is ignored");

    VertxContextSupport.subscribeAndAwait(() -> counter.publish(classId, 2, 8));
    assertEquals(Optional.of(2), read(classId));
  }

  private Optional<Integer> read(String classId) throws Throwable {
    return VertxContextSupport.subscribeAndAwait(() -> counter.read(classId));
  }
}
