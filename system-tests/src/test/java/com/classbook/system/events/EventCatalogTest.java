package com.classbook.system.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.Topics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document says exactly what the shared-kernel event records and topic names say. */
class EventCatalogTest {

  private static final Map<String, Class<? extends Record>> PAYLOAD_BY_TOPIC =
      EventPayloads.BY_TOPIC;

  private final AsyncApiCatalog catalog = AsyncApiCatalog.load();

  @Test
  void everyTopicIsDocumented() throws Exception {
    Set<String> declared = new LinkedHashSet<>();
    for (Field field : Topics.class.getFields()) {
      declared.add((String) field.get(null));
    }
    assertEquals(declared, catalog.topics());
    assertEquals(declared, PAYLOAD_BY_TOPIC.keySet());
  }

  @Test
  void everyEventTypeIsDocumentedOnItsTopicWithTheRecordsFields() throws Exception {
    for (var entry : PAYLOAD_BY_TOPIC.entrySet()) {
      Class<? extends Record> payload = entry.getValue();
      Set<String> types = typeConstants(payload);
      assertEquals(types, catalog.typesOf(entry.getKey()), "types on " + entry.getKey());
      List<String> components =
          Arrays.stream(payload.getRecordComponents()).map(RecordComponent::getName).toList();
      for (String type : types) {
        assertEquals(
            components, List.copyOf(catalog.dataSchemaOf(type).keySet()), "fields of " + type);
      }
    }
  }

  private static Set<String> typeConstants(Class<?> payload) throws IllegalAccessException {
    Set<String> types = new LinkedHashSet<>();
    for (Field field : payload.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        types.add((String) field.get(null));
      }
    }
    assertTrue(!types.isEmpty(), payload.getSimpleName() + " declares its event types");
    return types;
  }
}
