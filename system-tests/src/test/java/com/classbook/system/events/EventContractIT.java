package com.classbook.system.events;

import static com.classbook.system.support.Suite.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import com.classbook.system.support.Topic;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * What the running services really publish matches docs/asyncapi.yaml, event by event, and every
 * type of the catalogue is published. Every event is valid against the JSON Schema of its type
 * (docs/events/schemas) and its record's headers repeat its envelope (ce_*, request id,
 * traceparent). The test makes the suite publish them itself (EventTour), so it does not depend on
 * which tests ran before it. A request's W3C trace context follows the events it causes, across
 * services, REST calls and consumers.
 */
class EventContractIT {

  /**
   * Published only when a package's validity of at least a day runs out, which a test run cannot
   * wait for; its payload shape is checked against the kernel record by EventCatalogTest.
   */
  private static final Set<String> NEEDS_DAYS_TO_PASS = Set.of(WalletEvent.EXPIRED);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final AsyncApiCatalog catalog = AsyncApiCatalog.load();

  @Test
  void everyCatalogueTypeIsPublishedAndEveryPublishedEventMatchesTheCatalogue() {
    EventTour.run();
    Set<String> expected = new TreeSet<>();
    catalog.topics().forEach(topic -> expected.addAll(catalog.typesOf(topic)));
    expected.removeAll(NEEDS_DAYS_TO_PASS);

    // The no-show and the promotion happen a little later; wait for every type, then validate all.
    Set<String> seen = new TreeSet<>();
    List<String> violations = new ArrayList<>();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    do {
      seen.clear();
      violations.clear();
      for (String topic : catalog.topics()) {
        for (var record : Topic.readAll(topic)) {
          check(topic, record, seen, violations);
        }
      }
    } while (!seen.containsAll(expected) && Instant.now().isBefore(deadline));

    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(seen);
    assertEquals(Set.of(), missing, "catalogued types never published");
    assertEquals(List.of(), violations.stream().distinct().limit(20).toList());
  }

  private void check(
      String topic,
      ConsumerRecord<String, String> record,
      Set<String> seen,
      List<String> violations) {
    EventEnvelope event;
    JsonNode json;
    try {
      event = EventJson.read(record.value());
      json = MAPPER.readTree(record.value());
    } catch (IllegalArgumentException | JsonProcessingException e) {
      violations.add(topic + ": not a CloudEvents envelope: " + record.value());
      return;
    }
    if (!catalog.typesOf(topic).contains(event.type())) {
      violations.add(topic + ": undocumented type " + event.type());
      return;
    }
    if (!event.subject().equals(record.key())) {
      violations.add(topic + ": key " + record.key() + " != subject " + event.subject());
    }
    Map<String, JsonNode> schema = catalog.dataSchemaOf(event.type());
    List<String> fields = new ArrayList<>();
    event.data().fieldNames().forEachRemaining(fields::add);
    if (!Set.copyOf(fields).equals(schema.keySet())) {
      violations.add(event.type() + ": fields " + fields + " != documented " + schema.keySet());
      return;
    }
    boolean valid = true;
    for (var property : schema.entrySet()) {
      if (!AsyncApiCatalog.matches(property.getValue(), event.data().get(property.getKey()))) {
        valid = false;
        violations.add(
            event.type() + "." + property.getKey() + " = " + event.data().get(property.getKey()));
      }
    }
    for (String problem : EventSchemas.violations(event.type(), json)) {
      valid = false;
      violations.add(event.type() + " " + event.id() + " against its schema: " + problem);
    }
    for (String problem : EventSchemas.headerViolations(catalog, headers(record), json)) {
      valid = false;
      violations.add(event.type() + " " + event.id() + " headers: " + problem);
    }
    if (valid) {
      seen.add(event.type());
    }
  }

  @Test
  void aRequestsTraceGoesWithTheEventsItCausesAcrossServices() {
    String admin = Suite.admin();
    String pack = Suite.createPackage(admin, "SG", 5, 30);
    Member seated = Suite.newMember("SG");
    Member waiting = Suite.newMember("SG");
    Suite.buy(seated, pack);
    Suite.buy(waiting, pack);
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(Duration.ofDays(2)), 1, 1);

    // Booking: booking-service writes the booking and the debit in the member's trace.
    String booked = traceId();
    String bookingId =
        Poll.until(
                "class known to booking",
                Duration.ofSeconds(30),
                () ->
                    as(seated.token())
                        .header("traceparent", traceparent(booked))
                        .body(Map.of("classId", classId))
                        .post("/api/v1/bookings"),
                r -> r.statusCode() != 404)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertTrace(
        booked, Topics.BOOKING_BOOKINGS, r -> bookingId.equals(r.key()), "BookingConfirmed");
    assertTrace(
        booked,
        Topics.BOOKING_WALLET,
        r -> bookingId.equals(data(r).path("bookingId").asText()),
        "CreditsDebited");

    // Joining the waitlist: waitlist-service's REST call to booking-service carries the trace on.
    String joined = traceId();
    String entryId =
        Poll.until(
                "class known to waitlist",
                Duration.ofSeconds(30),
                () ->
                    as(waiting.token())
                        .header("traceparent", traceparent(joined))
                        .body(Map.of("classId", classId))
                        .post("/api/v1/waitlist"),
                r -> r.statusCode() != 404)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertTrace(joined, Topics.WAITLIST_ENTRIES, r -> entryId.equals(r.key()), "WaitlistJoined");
    assertTrace(
        joined,
        Topics.BOOKING_BOOKINGS,
        r -> holdOf(r, waiting, classId) && BookingEvent.HOLD_PLACED.equals(type(r)),
        "HoldPlaced");

    // Cancelling frees the seat: waitlist consumes the cancellation and promotes in its trace.
    String cancelled = traceId();
    as(seated.token())
        .header("traceparent", traceparent(cancelled))
        .post("/api/v1/bookings/" + bookingId + "/cancel")
        .then()
        .statusCode(200);
    assertTrace(
        cancelled,
        Topics.BOOKING_BOOKINGS,
        r -> bookingId.equals(r.key()) && BookingEvent.CANCELLED.equals(type(r)),
        "BookingCancelled");
    assertTrace(
        cancelled,
        Topics.WAITLIST_ENTRIES,
        r -> entryId.equals(r.key()) && WaitlistEvent.PROMOTED.equals(type(r)),
        "WaitlistPromoted");
    assertTrace(
        cancelled,
        Topics.BOOKING_BOOKINGS,
        r -> holdOf(r, waiting, classId) && BookingEvent.HOLD_PROMOTED.equals(type(r)),
        "HoldPromoted");
  }

  /**
   * The first record matching {@code which} appears and carries the trace as header and attribute.
   */
  private static void assertTrace(
      String traceId, String topic, Predicate<ConsumerRecord<String, String>> which, String what) {
    ConsumerRecord<String, String> record =
        Poll.until(
                what + " on " + topic,
                Duration.ofSeconds(60),
                () -> Topic.readAll(topic).stream().filter(which).findFirst(),
                Optional::isPresent)
            .orElseThrow();
    String header = headers(record).get("traceparent");
    assertNotNull(header, what + " has a traceparent header");
    assertEquals(traceId, header.split("-")[1], what + " is in the trace of its request");
    assertEquals(header, EventJson.read(record.value()).traceparent(), what + " envelope");
  }

  private static boolean holdOf(
      ConsumerRecord<String, String> record, Member member, String classId) {
    JsonNode data = data(record);
    return member.id().equals(data.path("userId").asText())
        && classId.equals(data.path("classId").asText());
  }

  private static JsonNode data(ConsumerRecord<String, String> record) {
    return EventJson.read(record.value()).data();
  }

  private static String type(ConsumerRecord<String, String> record) {
    return EventJson.read(record.value()).type();
  }

  private static Map<String, String> headers(ConsumerRecord<String, String> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }

  private static String traceId() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 32);
  }

  /** A caller's traceparent (sampled) naming a span of its own in the trace. */
  private static String traceparent(String traceId) {
    return "00-"
        + traceId
        + "-"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
        + "-01";
  }
}
