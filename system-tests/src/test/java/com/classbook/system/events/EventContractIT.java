package com.classbook.system.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.system.support.Topic;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What the running services really publish matches docs/asyncapi.yaml, event by event, and every
 * type of the catalogue is published. The test makes the suite publish them itself (EventTour), so
 * it does not depend on which tests ran before it.
 */
class EventContractIT {

  /**
   * Published only when a package's validity of at least a day runs out, which a test run cannot
   * wait for; its payload shape is checked against the kernel record by EventCatalogTest.
   */
  private static final Set<String> NEEDS_DAYS_TO_PASS = Set.of(WalletEvent.EXPIRED);

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
    try {
      event = EventJson.read(record.value());
    } catch (IllegalArgumentException e) {
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
    if (valid) {
      seen.add(event.type());
    }
  }
}
