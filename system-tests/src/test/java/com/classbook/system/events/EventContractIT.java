package com.classbook.system.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.system.support.Topic;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the running services really publish matches docs/asyncapi.yaml, event by event. */
class EventContractIT {

  private final AsyncApiCatalog catalog = AsyncApiCatalog.load();

  @Test
  void everyPublishedEventMatchesTheCatalogue() {
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (String topic : catalog.topics()) {
      Set<String> documented = catalog.typesOf(topic);
      for (var record : Topic.readAll(topic)) {
        EventEnvelope event;
        try {
          event = EventJson.read(record.value());
        } catch (IllegalArgumentException e) {
          violations.add(topic + ": not a CloudEvents envelope: " + record.value());
          continue;
        }
        checked++;
        if (!documented.contains(event.type())) {
          violations.add(topic + ": undocumented type " + event.type());
          continue;
        }
        if (!event.subject().equals(record.key())) {
          violations.add(topic + ": key " + record.key() + " != subject " + event.subject());
        }
        Map<String, JsonNode> schema = catalog.dataSchemaOf(event.type());
        List<String> fields = new ArrayList<>();
        event.data().fieldNames().forEachRemaining(fields::add);
        if (!Set.copyOf(fields).equals(schema.keySet())) {
          violations.add(event.type() + ": fields " + fields + " != documented " + schema.keySet());
          continue;
        }
        for (var property : schema.entrySet()) {
          if (!AsyncApiCatalog.matches(property.getValue(), event.data().get(property.getKey()))) {
            violations.add(
                event.type()
                    + "."
                    + property.getKey()
                    + " = "
                    + event.data().get(property.getKey()));
          }
        }
      }
    }
    assertTrue(checked > 0, "the suite has published events");
    assertEquals(List.of(), violations.stream().distinct().limit(20).toList());
  }
}
