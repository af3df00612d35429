package com.classbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.CountryState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventEnvelopeRoundTripTest {

  private static final Instant T = Instant.parse("2026-11-24T01:00:00Z");

  @Test
  void everyEventRecordSurvivesTheWire() {
    List<Object> payloads =
        List.of(
            new CountryState("SG", "Singapore", "Asia/Singapore", true),
            new PackageState("p1", "Ten", 10, new BigDecimal("99.90"), "SGD", "SG", 30, true),
            new ClassState(
                "c1", "Yoga", "SG", "Asia/Singapore", T, T.plusSeconds(3600), 12, 2, true, false),
            new AvailabilityChanged("c1", 12, 3, 1, 8),
            new BookingEvent("b1", "u1", "c1", "up1", 2, "CANCELLED", true, true),
            new WalletEvent("up1", "u1", "p1", "SG", 10, 8, -2, "b1", "tx1", T),
            new UserEvent("u1", "a@b.c", "Ann", "Lee", "SG", "MEMBER", false),
            new WaitlistEvent("e1", "u1", "c1", "b1", "WAITING", false, T));
    for (Object payload : payloads) {
      EventEnvelope sent = EventEnvelope.of("/test", "test.Type.v1", "s1", T, payload);
      EventEnvelope received = EventJson.read(EventJson.write(sent));
      assertEquals(sent, received);
      assertEquals(payload, received.dataAs(payload.getClass()));
    }
  }

  @Test
  void wireFormatIsStructuredCloudEvents() {
    String json =
        EventJson.write(
            EventEnvelope.of(
                "/catalog",
                CountryState.TYPE,
                "SG",
                T,
                new CountryState("SG", "Singapore", "Asia/Singapore", true)));
    for (String attribute :
        List.of(
            "\"specversion\":\"1.0\"",
            "\"source\":\"/catalog\"",
            "\"type\":\"catalog.CountryUpserted.v1\"",
            "\"subject\":\"SG\"",
            "\"time\":\"2026-11-24T01:00:00Z\"",
            "\"datacontenttype\":\"application/json\"",
            "\"data\":{")) {
      assertTrue(json.contains(attribute), attribute + " missing in " + json);
    }
  }

  @Test
  void unknownFieldsFromANewerProducerAreIgnored() {
    String json =
        "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/s\",\"type\":\"t\",\"extra\":1,"
            + "\"data\":{\"code\":\"SG\",\"name\":\"S\",\"timeZone\":\"Asia/Singapore\",\"active\":true,\"new\":2}}";
    assertEquals("SG", EventJson.read(json).dataAs(CountryState.class).code());
  }

  @Test
  void aWaitlistEventWithoutJoinTimeFromAnOlderProducerStillReads() {
    String json =
        "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/waitlist-service\",\"type\":\"t\","
            + "\"data\":{\"entryId\":\"e1\",\"userId\":\"u1\",\"classId\":\"c1\","
            + "\"bookingId\":\"b1\",\"status\":\"WAITING\",\"refunded\":false}}";
    WaitlistEvent event = EventJson.read(json).dataAs(WaitlistEvent.class);
    assertEquals("e1", event.entryId());
    assertNull(event.joinedAt());
  }

  @Test
  void garbageIsRejectedWithAClearError() {
    assertThrows(IllegalArgumentException.class, () -> EventJson.read("not json"));
    assertThrows(IllegalArgumentException.class, () -> EventJson.read("{\"id\":\"x\"}"));
  }
}
