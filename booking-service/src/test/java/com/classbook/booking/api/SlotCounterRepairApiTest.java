package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.application.port.in.HousekeepingUseCase;
import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.OnVertx;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * A counter that says "full" while the database has free seats (a lost publish, a manual edit) is
 * never believed: a refusal from the counter is confirmed by the database first, and the periodic
 * rebuild corrects wrong values, never one of a newer class version.
 */
@QuarkusTest
class SlotCounterRepairApiTest {

  @Inject RedissonClient redisson;
  @Inject HousekeepingUseCase housekeeping;

  @Test
  void aStaleZeroCounterDoesNotRefuseABookingOfAClassWithFreeSeats() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 2, 1);
    setCounter(cls.id(), "0");

    String waiterId = UUID.randomUUID().toString();
    memberWithCredits(waiterId);
    given()
        .auth()
        .oauth2(TestTokens.service())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "requestId", UUID.randomUUID().toString(), "userId", waiterId, "classId", cls.id()))
        .post("/internal/v1/holds")
        .then()
        .statusCode(409)
        .body("code", equalTo("CLASS_NOT_FULL"));
    given()
        .auth()
        .oauth2(memberWithCredits(UUID.randomUUID().toString()))
        .contentType(ContentType.JSON)
        .body(Map.of("classId", cls.id()))
        .post("/api/v1/bookings")
        .then()
        .statusCode(201);

    assertEquals("1", counter(cls.id()), "the counter follows the committed row again");
    Db.assertInvariants(cls.id());
  }

  @Test
  void theRebuildCorrectsAWrongCounterButNotANewerOne() {
    ClassState wrong = Catalog.schedule("SG", Catalog.inDays(3), 3, 1);
    ClassState newer = Catalog.schedule("SG", Catalog.inDays(3), 3, 1);
    setCounter(wrong.id(), "0", version(wrong.id()));
    setCounter(newer.id(), "0", version(newer.id()) + 10);

    OnVertx.await(housekeeping::rebuildCounters);

    assertEquals("3", counter(wrong.id()), "same class version, wrong value: corrected");
    assertEquals("0", counter(newer.id()), "a newer class version is never overwritten");
  }

  private void setCounter(String classId, String value) {
    redisson.getBucket("class:" + classId + ":slots", StringCodec.INSTANCE).set(value);
  }

  private void setCounter(String classId, String value, long version) {
    setCounter(classId, value);
    redisson
        .getBucket("class:" + classId + ":slots:version", StringCodec.INSTANCE)
        .set(Long.toString(version));
  }

  private String counter(String classId) {
    return (String) redisson.getBucket("class:" + classId + ":slots", StringCodec.INSTANCE).get();
  }

  private static long version(String classId) {
    return ((Number)
            Db.one("SELECT version FROM class_inventory WHERE id = ?", classId).get("version"))
        .longValue();
  }

  private static String memberWithCredits(String userId) {
    String token = TestTokens.member(userId, "SG");
    Catalog.buy(token, Catalog.offer("SG", 5, 30, true).id());
    return token;
  }
}
