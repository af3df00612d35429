package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Bookings;
import com.classbook.booking.support.Catalog;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.platform.testing.KafkaProbe;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/classes/{id}/roster: seat-holding bookings with names from identity's user events,
 * the waitlist from the waitlist's entry events.
 */
@QuarkusTest
class ClassRosterApiTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void onlyStaffAndAdminsSeeARosterAndAnUnknownClassIsNotFound() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 2, 1);

    given()
        .auth()
        .oauth2(TestTokens.newMember("SG"))
        .get(roster(cls.id()))
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("FORBIDDEN"));
    given().get(roster(cls.id())).then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    given()
        .auth()
        .oauth2(TestTokens.staff())
        .get(roster(UUID.randomUUID().toString()))
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("CLASS_NOT_FOUND"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get(roster(cls.id()))
        .then()
        .statusCode(200)
        .body("class.id", equalTo(cls.id()))
        .body("class.title", equalTo(cls.title()))
        .body("class.capacity", equalTo(2))
        .body("class.freeSlots", equalTo(2))
        .body("bookings.size()", equalTo(0))
        .body("waitlist.size()", equalTo(0));
  }

  @Test
  void bookingsCarryTheNamesOfIdentitysEventsByLastNameAndUnknownNamesAreNull() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 4, 1);
    String packageId = Catalog.offer("SG", 5, 30, true).id();
    String baker = UUID.randomUUID().toString();
    String adams = UUID.randomUUID().toString();
    String unnamed = UUID.randomUUID().toString();
    String bakerBooking = bookAs(baker, packageId, cls.id());
    String adamsBooking = bookAs(adams, packageId, cls.id());
    String unnamedBooking = bookAs(unnamed, packageId, cls.id());
    registered(baker, "Amy", "Baker");
    registered(adams, "Zed", "Adams");

    JsonPath seen = awaitRoster(cls.id(), r -> "Baker".equals(r.getString("bookings[1].lastName")));
    assertEquals(
        List.of(adamsBooking, bakerBooking, unnamedBooking), seen.getList("bookings.bookingId"));
    assertEquals(List.of(adams, baker, unnamed), seen.getList("bookings.userId"));
    assertEquals(Arrays.asList("Zed", "Amy", null), seen.getList("bookings.firstName"));
    assertEquals(Arrays.asList("Adams", "Baker", null), seen.getList("bookings.lastName"));
    assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED"), seen.getList("bookings.status"));
    assertEquals(Arrays.asList(null, null, null), seen.getList("bookings.checkedInAt"));
    assertEquals(3, seen.getInt("class.bookedSlots"), "the counts and the list agree");
    assertEquals(1, seen.getInt("class.freeSlots"));
    assertEquals("SG", seen.getString("class.countryCode"));
    assertEquals(cls.startTime(), Instant.parse(seen.getString("class.startTime")));

    KafkaProbe.publish(
        Topics.IDENTITY_USERS,
        baker,
        "/identity-service",
        UserEvent.PROFILE_UPDATED,
        new UserEvent(baker, baker + "@example.test", "Amy", "Aaron", "SG", "MEMBER", true));
    JsonPath renamed =
        awaitRoster(cls.id(), r -> "Aaron".equals(r.getString("bookings[0].lastName")));
    assertEquals(
        List.of(bakerBooking, adamsBooking, unnamedBooking),
        renamed.getList("bookings.bookingId"),
        "a profile update reorders the roster");
  }

  @Test
  void theWaitlistIsTheWaitingEntriesInJoinOrderAndEndedEntriesDropOut() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS).minusSeconds(60);
    List<String> users = List.of(uuid(), uuid(), uuid(), uuid());
    List<String> entries = List.of(uuid(), uuid(), uuid(), uuid());
    registered(users.get(1), "Bea", "Chan");
    // Published out of join order (each entry has its own key, so partitions may interleave).
    for (int i : List.of(2, 0, 3, 1)) {
      joined(entries.get(i), users.get(i), cls.id(), null, t.plusMillis(i));
    }

    JsonPath queue =
        awaitRoster(
            cls.id(),
            r -> r.getList("waitlist").size() == 4 && r.getString("waitlist[1].lastName") != null);
    assertEquals(entries, queue.getList("waitlist.entryId"));
    assertEquals(users, queue.getList("waitlist.userId"));
    assertEquals(List.of(1, 2, 3, 4), queue.getList("waitlist.position"));
    assertEquals(Arrays.asList(null, "Bea", null, null), queue.getList("waitlist.firstName"));
    assertEquals(Arrays.asList(null, "Chan", null, null), queue.getList("waitlist.lastName"));
    assertEquals(t.plusMillis(1), Instant.parse(queue.getString("waitlist[1].joinedAt")));

    ended(WaitlistEvent.PROMOTED, entries.get(0), users.get(0), cls.id(), t);
    ended(WaitlistEvent.LEFT, entries.get(2), users.get(2), cls.id(), t.plusMillis(2));
    JsonPath after = awaitRoster(cls.id(), r -> r.getList("waitlist").size() == 2);
    assertEquals(List.of(entries.get(1), entries.get(3)), after.getList("waitlist.entryId"));
    assertEquals(List.of(1, 2), after.getList("waitlist.position"));

    // The join delivered once more (a producer retry, a new event id): an ended entry stays ended.
    RecordMetadata replay =
        KafkaProbe.sendAt(
            Topics.WAITLIST_ENTRIES,
            entries.get(2),
            EventJson.write(
                EventEnvelope.of(
                    "/waitlist-service",
                    WaitlistEvent.JOINED,
                    entries.get(2),
                    Instant.now(),
                    new WaitlistEvent(
                        entries.get(2),
                        users.get(2),
                        cls.id(),
                        null,
                        "WAITING",
                        false,
                        t.plusMillis(2)))));
    KafkaProbe.awaitConsumed("booking-service", replay, WAIT);
    assertEquals(
        List.of(entries.get(1), entries.get(3)), rosterOf(cls.id()).getList("waitlist.entryId"));
  }

  @Test
  void anEntryWhoseHoldWasReleasedHereLeavesTheWaitlistBeforeTheWaitlistSaysSo() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    String packageId = Catalog.offer("SG", 5, 30, true).id();
    bookAs(uuid(), packageId, cls.id());
    String waiter = uuid();
    Catalog.buy(TestTokens.member(waiter, "SG"), packageId);
    String entry = uuid();
    String hold =
        given()
            .auth()
            .oauth2(TestTokens.service())
            .contentType(ContentType.JSON)
            .body(Map.of("requestId", entry, "userId", waiter, "classId", cls.id()))
            .post("/internal/v1/holds")
            .then()
            .statusCode(201)
            .extract()
            .path("bookingId");
    joined(entry, waiter, cls.id(), hold, Instant.now().truncatedTo(ChronoUnit.MICROS));
    awaitRoster(cls.id(), r -> r.getList("waitlist").size() == 1);

    given()
        .auth()
        .oauth2(TestTokens.service())
        .post("/internal/v1/holds/" + hold + "/release")
        .then()
        .statusCode(200);
    JsonPath after = rosterOf(cls.id());
    assertEquals(List.of(), after.getList("waitlist"), "the released hold no longer waits");
    assertEquals(1, after.getList("bookings").size(), "a hold never holds a seat");
  }

  private static String roster(String classId) {
    return "/api/v1/classes/" + classId + "/roster";
  }

  private static JsonPath rosterOf(String classId) {
    return given()
        .auth()
        .oauth2(TestTokens.staff())
        .get(roster(classId))
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath();
  }

  private static JsonPath awaitRoster(String classId, java.util.function.Predicate<JsonPath> done) {
    return await().atMost(WAIT).until(() -> rosterOf(classId), done::test);
  }

  private static String bookAs(String userId, String packageId, String classId) {
    String token = TestTokens.member(userId, "SG");
    Catalog.buy(token, packageId);
    return Bookings.book(token, classId).statusCode(201).extract().path("id");
  }

  private static void registered(String userId, String firstName, String lastName) {
    KafkaProbe.publish(
        Topics.IDENTITY_USERS,
        userId,
        "/identity-service",
        UserEvent.REGISTERED,
        new UserEvent(
            userId, userId + "@example.test", firstName, lastName, "SG", "MEMBER", false));
  }

  private static void joined(
      String entryId, String userId, String classId, String holdId, Instant joinedAt) {
    KafkaProbe.publish(
        Topics.WAITLIST_ENTRIES,
        entryId,
        "/waitlist-service",
        WaitlistEvent.JOINED,
        new WaitlistEvent(entryId, userId, classId, holdId, "WAITING", false, joinedAt));
  }

  private static void ended(
      String type, String entryId, String userId, String classId, Instant joinedAt) {
    String status = type.equals(WaitlistEvent.PROMOTED) ? "PROMOTED" : "LEFT";
    KafkaProbe.publish(
        Topics.WAITLIST_ENTRIES,
        entryId,
        "/waitlist-service",
        type,
        new WaitlistEvent(entryId, userId, classId, null, status, status.equals("LEFT"), joinedAt));
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }
}
