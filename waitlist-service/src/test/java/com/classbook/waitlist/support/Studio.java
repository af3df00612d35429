package com.classbook.waitlist.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.platform.testing.KafkaProbe;
import com.classbook.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays the catalog (class and package events on Kafka) and the members (the booking service's
 * public API and the waitlist API) of one studio.
 */
public final class Studio {
  public static final String COUNTRY = "SG";
  public static final Duration WAIT = Duration.ofSeconds(60);

  /** A member with a token signed like identity-service's. */
  public record Member(String id, String token) {}

  public static Member member() {
    String id = UUID.randomUUID().toString();
    return new Member(id, TestTokens.member(id, COUNTRY));
  }

  public static Instant inDays(int days) {
    return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
  }

  /** Publishes a class and waits until both the booking service and the waitlist know it. */
  public static ClassState scheduleClass(Instant start, int capacity, int credits) {
    ClassState state =
        new ClassState(
            UUID.randomUUID().toString(),
            "Flow " + UUID.randomUUID().toString().substring(0, 6),
            COUNTRY,
            "Asia/Singapore",
            start,
            start.plus(Duration.ofHours(1)),
            capacity,
            credits,
            true,
            false);
    publishClass(ClassState.SCHEDULED, state);
    await()
        .atMost(WAIT)
        .until(
            () ->
                SchemaQueries.booking(
                            "SELECT COUNT(*) FROM class_inventory WHERE id = ?", state.id())
                        == 1
                    && SchemaQueries.waitlist(
                            "SELECT COUNT(*) FROM class_schedule_replica WHERE id = ?", state.id())
                        == 1);
    return state;
  }

  public static void cancelClass(ClassState state) {
    ClassState cancelled = state.withCancelled(true);
    publishClass(ClassState.CANCELLED, cancelled);
  }

  private static void publishClass(String type, ClassState state) {
    KafkaProbe.publish(Topics.CATALOG_CLASSES, state.id(), "/catalog-service", type, state);
  }

  /** Publishes a package of the studio's country and waits until the booking service has it. */
  public static PackageState offerPackage(int credits) {
    PackageState state =
        new PackageState(
            UUID.randomUUID().toString(),
            "Pack " + credits,
            credits,
            new BigDecimal("49.90"),
            "SGD",
            COUNTRY,
            30,
            true);
    KafkaProbe.publish(
        Topics.CATALOG_PACKAGES, state.id(), "/catalog-service", PackageState.TYPE, state);
    await()
        .atMost(WAIT)
        .until(
            () ->
                SchemaQueries.booking(
                        "SELECT COUNT(*) FROM package_replica WHERE id = ?", state.id())
                    == 1);
    return state;
  }

  public static RequestSpecification booking(Member member) {
    URI url =
        URI.create(ConfigProvider.getConfig().getValue("classbook.booking.url", String.class));
    return given()
        .baseUri(url.getScheme() + "://" + url.getHost())
        .port(url.getPort())
        .auth()
        .oauth2(member.token())
        .contentType(ContentType.JSON);
  }

  /** Buys a package for the member; returns the user package id. */
  public static String buy(Member member, PackageState pack) {
    return booking(member)
        .body(Map.of("packageId", pack.id(), "paymentToken", "tok_visa"))
        .post("/api/v1/purchases")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A member with a fresh package of the given credits. */
  public static Member memberWithCredits(PackageState pack) {
    Member member = member();
    buy(member, pack);
    return member;
  }

  public static Response book(Member member, String classId) {
    return booking(member).body(Map.of("classId", classId)).post("/api/v1/bookings");
  }

  public static String booked(Member member, String classId) {
    return book(member, classId).then().statusCode(201).extract().path("id");
  }

  public static void cancelBooking(Member member, String bookingId) {
    booking(member).post("/api/v1/bookings/" + bookingId + "/cancel").then().statusCode(200);
  }

  /** The member's booking (or hold) as the booking service shows it. */
  public static Map<String, Object> bookingOf(Member member, String bookingId) {
    return booking(member)
        .get("/api/v1/bookings/" + bookingId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  public static int remainingCredits(Member member) {
    List<Integer> remaining =
        booking(member)
            .get("/api/v1/me/packages?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.remainingCredits", Integer.class);
    return remaining.stream().mapToInt(Integer::intValue).sum();
  }

  /** The waitlist API (this service). */
  public static RequestSpecification waitlist(Member member) {
    return given().auth().oauth2(member.token()).contentType(ContentType.JSON);
  }

  public static Response join(Member member, String classId) {
    return waitlist(member).body(Map.of("classId", classId)).post("/api/v1/waitlist");
  }

  public static String joined(Member member, String classId) {
    return join(member, classId).then().statusCode(201).extract().path("id");
  }

  /** The member's entry as GET /api/v1/me/waitlist shows it. */
  public static Map<String, Object> entry(Member member, String entryId) {
    List<Map<String, Object>> entries =
        waitlist(member)
            .get("/api/v1/me/waitlist?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return entries.stream()
        .filter(e -> entryId.equals(e.get("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("entry " + entryId + " not listed"));
  }

  public static String statusOf(Member member, String entryId) {
    return (String) entry(member, entryId).get("status");
  }

  /**
   * The waitlist events of an entry on waitlist.entries.v1 (envelope types, in order), once at
   * least {@code atLeast} arrived and the topic settled.
   */
  public static List<String> eventTypes(String entryId, int atLeast) {
    return awaitEvents(entryId, atLeast).stream().map(EventEnvelope::type).toList();
  }

  /** The payloads of an entry's waitlist events, in order, like {@link #eventTypes}. */
  public static List<WaitlistEvent> events(String entryId, int atLeast) {
    return awaitEvents(entryId, atLeast).stream().map(e -> e.dataAs(WaitlistEvent.class)).toList();
  }

  private static List<EventEnvelope> awaitEvents(String entryId, int atLeast) {
    Instant deadline = Instant.now().plus(WAIT);
    List<EventEnvelope> events = List.of();
    while (Instant.now().isBefore(deadline)) {
      events =
          KafkaProbe.readAll(Topics.WAITLIST_ENTRIES, Duration.ofSeconds(1)).stream()
              .filter(r -> entryId.equals(r.key()))
              .map(r -> EventJson.read(r.value()))
              .toList();
      if (events.size() >= atLeast) {
        return events;
      }
    }
    return events;
  }

  private Studio() {}
}
