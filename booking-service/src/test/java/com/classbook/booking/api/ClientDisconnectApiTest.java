package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/**
 * A member's client goes away in the middle of a booking (a load generator stopped mid-run): the
 * request's transaction waits for the class row the test holds, the client resets its connection,
 * then the row is released. The booking runs to its end: committed whole (seat, debit, outbox
 * events), the class lock held until after the commit, the Idempotency-Key's answer stored, nothing
 * logged at ERROR (no "Live transaction detected while closing the connection", no "No current
 * Mutiny.Session found", no "Session/EntityManager is closed").
 */
@QuarkusTest
@TestProfile(ClientDisconnectApiTest.LongLease.class)
class ClientDisconnectApiTest {

  /** A lease far longer than the test, so only an unlock can free the class lock. */
  public static class LongLease implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("classbook.booking.lock-lease", "PT60S");
    }
  }

  @Inject RedissonClient redisson;

  private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
  private final Handler errorCatcher =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            errors.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void catchErrors() {
    Logger.getLogger("").addHandler(errorCatcher);
  }

  @AfterEach
  void stopCatching() {
    Logger.getLogger("").removeHandler(errorCatcher);
  }

  @Test
  void aBookingWhoseClientLeftCommitsWholeAndKeepsTheClassLockUntilThen() throws Exception {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(6), 3, 2);
    String memberId = UUID.randomUUID().toString();
    String token = TestTokens.member(memberId, "SG");
    String pkg = Catalog.buy(token, Catalog.offer("SG", 5, 30, true).id());
    String key = "leaves-" + UUID.randomUUID();
    String lockKey = "lock:class:" + cls.id();
    long availabilityBefore = Db.events(cls.id(), AvailabilityChanged.TYPE);

    try (AutoCloseable held = Db.lockClassRow(cls.id())) {
      try (Socket client = new Socket("127.0.0.1", RestAssured.port)) {
        send(client, token, key, cls.id());
        // The booking holds the class lock and waits for the row inside its transaction.
        Db.awaitRunning("UPDATE class_inventory SET free_slots%", Duration.ofSeconds(30));
        assertTrue(locked(lockKey), "the class lock is held");
        client.setSoLinger(true, 0); // closing now resets the connection, as a killed client does
      }
      // The server sees the reset at once; the transaction still waits for the row meanwhile, and
      // the class lock must stay with it.
      await()
          .during(Duration.ofMillis(1500))
          .atMost(Duration.ofSeconds(5))
          .pollInterval(Duration.ofMillis(25))
          .until(() -> locked(lockKey));
      assertEquals(0L, bookingsOf(memberId, cls.id()), "nothing committed while the row is held");
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> !locked(lockKey));
    assertEquals(1L, bookingsOf(memberId, cls.id()), "the lock was released only after the commit");

    String bookingId =
        (String)
            Db.one(
                    "SELECT id FROM bookings WHERE user_id = ? AND class_schedule_id = ?"
                        + " AND status = 'CONFIRMED'",
                    memberId,
                    cls.id())
                .get("id");
    assertEquals(1L, Db.events(bookingId, BookingEvent.CONFIRMED));
    assertEquals(1L, Db.events(pkg, WalletEvent.DEBITED));
    assertEquals(availabilityBefore + 1, Db.events(cls.id(), AvailabilityChanged.TYPE));
    assertEquals(
        3,
        Db.integer(
            Db.one("SELECT remaining_credits FROM user_packages WHERE id = ?", pkg),
            "remaining_credits"));
    assertEquals(
        2,
        Db.integer(
            Db.one("SELECT free_slots FROM class_inventory WHERE id = ?", cls.id()), "free_slots"));
    Db.assertInvariants(cls.id());
    // The answer is stored in its own transaction after the booking's commit and the unlock.
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(10))
        .untilAsserted(
            () ->
                assertEquals(
                    "DONE",
                    Db.one("SELECT state FROM idempotency_record WHERE idem_key = ?", key)
                        .get("state"),
                    "the answer was stored for the key"));
    given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("classId", cls.id()))
        .post("/api/v1/bookings")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", org.hamcrest.Matchers.equalTo(bookingId));

    assertTrue(
        errors.isEmpty(),
        "ERROR lines: " + errors.stream().map(ClientDisconnectApiTest::describe).toList());
  }

  private static void send(Socket client, String token, String key, String classId)
      throws Exception {
    byte[] body = ("{\"classId\":\"" + classId + "\"}").getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /api/v1/bookings HTTP/1.1\r\n"
            + "Host: 127.0.0.1:"
            + RestAssured.port
            + "\r\n"
            + "Authorization: Bearer "
            + token
            + "\r\n"
            + "Idempotency-Key: "
            + key
            + "\r\n"
            + "Content-Type: application/json\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    OutputStream out = client.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private boolean locked(String key) {
    return redisson.getKeys().countExists(key) > 0;
  }

  private static long bookingsOf(String memberId, String classId) {
    return Db.count(
        "SELECT COUNT(*) FROM bookings WHERE user_id = ? AND class_schedule_id = ?",
        memberId,
        classId);
  }

  private static String describe(LogRecord record) {
    return record.getLoggerName()
        + ": "
        + new SimpleFormatter().formatMessage(record)
        + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")");
  }
}
