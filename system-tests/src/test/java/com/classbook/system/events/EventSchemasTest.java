package com.classbook.system.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.classbook.kernel.event.EventEnvelope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas under docs/events/schemas are generated from docs/asyncapi.yaml ({@code
 * -Devents.schemas.write=true} writes them anew), and the catalogue says what the shared-kernel
 * records say: each record component is a property of its schema and each property a component,
 * with a matching JSON type; the enums are the kernel's value lists; every example is valid and its
 * headers repeat its envelope.
 */
class EventSchemasTest {

  private final AsyncApiCatalog catalog = AsyncApiCatalog.load();

  private Set<String> types() {
    Set<String> types = new TreeSet<>();
    catalog.topics().forEach(topic -> types.addAll(catalog.typesOf(topic)));
    return types;
  }

  @Test
  void thePublishedSchemasAreGeneratedFromTheCatalogue() throws IOException {
    boolean write = Boolean.getBoolean("events.schemas.write");
    Path folder = EventSchemas.fileOf("x").getParent();
    if (write) {
      Files.createDirectories(folder);
    }
    List<String> stale = new ArrayList<>();
    for (String type : types()) {
      String expected = EventSchemas.render(EventSchemas.generate(catalog, type));
      Path file = EventSchemas.fileOf(type);
      if (write) {
        Files.writeString(file, expected);
      }
      if (!Files.exists(file) || !Files.readString(file).equals(expected)) {
        stale.add(file.getFileName().toString());
      }
    }
    Set<String> published = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.map(f -> f.getFileName().toString()).forEach(published::add);
    }
    Set<String> expectedFiles = new TreeSet<>();
    types().forEach(type -> expectedFiles.add(type + ".schema.json"));
    assertEquals(expectedFiles, published, "one schema per catalogued type in " + folder);
    assertEquals(
        List.of(),
        stale,
        "docs/events/schemas is out of date: mvn -pl system-tests test -Dtest=EventSchemasTest"
            + " -Devents.schemas.write=true");
  }

  @Test
  void everyRecordComponentIsAPropertyOfItsSchemaAndTheOtherWayRound() {
    for (var entry : EventPayloads.BY_TOPIC.entrySet()) {
      Class<? extends Record> record = entry.getValue();
      for (String type : catalog.typesOf(entry.getKey())) {
        assertEquals(
            record.getSimpleName(), catalog.payloadNameOf(type), "data of " + type + " is a");
      }
      JsonNode schema = catalog.schema(record.getSimpleName());
      assertMatches(record, schema, Set.of());
    }
  }

  @Test
  void theEnvelopeRecordIsTheCloudEventSchema() {
    // The extension attributes are left out of the JSON when absent; the rest are always there.
    assertMatches(
        EventEnvelope.class, catalog.schema("CloudEvent"), Set.of("requestid", "traceparent"));
  }

  @Test
  void theEnumsAreTheKernelsValueLists() {
    for (var entry : EventPayloads.BY_TOPIC.entrySet()) {
      Class<? extends Record> record = entry.getValue();
      JsonNode properties = catalog.schema(record.getSimpleName()).path("properties");
      Map<String, List<String>> bound = EventPayloads.ENUMS.getOrDefault(record, Map.of());
      properties
          .fields()
          .forEachRemaining(
              property -> {
                List<String> documented = new ArrayList<>();
                property.getValue().path("enum").forEach(v -> documented.add(v.asText()));
                assertEquals(
                    bound.getOrDefault(property.getKey(), List.of()),
                    documented,
                    record.getSimpleName() + "." + property.getKey() + " enum");
              });
    }
  }

  @Test
  void everyMessageHasAValidExampleWhoseHeadersRepeatItsEnvelope() {
    for (String type : types()) {
      List<JsonNode> examples = catalog.examplesOf(type);
      assertFalse(examples.isEmpty(), type + " has an example");
      for (JsonNode example : examples) {
        JsonNode payload = example.get("payload");
        assertEquals(type, payload.path("type").asText(), "example of " + type);
        assertEquals(List.of(), EventSchemas.violations(type, payload), "example of " + type);
        Map<String, String> headers = new LinkedHashMap<>();
        example
            .get("headers")
            .fields()
            .forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        assertEquals(
            List.of(),
            EventSchemas.headerViolations(catalog, headers, payload),
            "headers of the example of " + type);
      }
    }
  }

  @Test
  void theSchemasRefuseWhatTheEventsMustNotBe() {
    String type = "booking.BookingConfirmed.v1";
    JsonNode valid = catalog.examplesOf(type).get(0).get("payload");
    assertEquals(List.of(), EventSchemas.violations(type, valid));

    ObjectNode unknownStatus = valid.deepCopy();
    ((ObjectNode) unknownStatus.get("data")).put("status", "BOOKED");
    ObjectNode noUser = valid.deepCopy();
    ((ObjectNode) noUser.get("data")).remove("userId");
    ObjectNode badTime = valid.deepCopy();
    badTime.put("time", "yesterday");
    ObjectNode otherType = valid.deepCopy();
    otherType.put("type", "booking.BookingCancelled.v1");
    ObjectNode creditsAsText = valid.deepCopy();
    ((ObjectNode) creditsAsText.get("data")).put("creditsUsed", "2");
    ObjectNode badTraceparent = valid.deepCopy();
    badTraceparent.put("traceparent", "not-a-trace");
    for (JsonNode invalid :
        List.of(unknownStatus, noUser, badTime, otherType, creditsAsText, badTraceparent)) {
      assertFalse(EventSchemas.violations(type, invalid).isEmpty(), "refused: " + invalid);
    }

    Map<String, String> headers = new LinkedHashMap<>();
    catalog
        .examplesOf(type)
        .get(0)
        .get("headers")
        .fields()
        .forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
    headers.put("ce_id", "another-id");
    assertFalse(EventSchemas.headerViolations(catalog, headers, valid).isEmpty());
    headers.put("ce_id", valid.get("id").asText());
    headers.remove("ce_time");
    assertFalse(EventSchemas.headerViolations(catalog, headers, valid).isEmpty());
  }

  /**
   * The record's components are the schema's properties, in order, each of a matching JSON type;
   * every property is required except the optional ones; a primitive never admits null.
   */
  private static void assertMatches(Class<?> record, JsonNode schema, Set<String> optional) {
    String name = record.getSimpleName();
    List<String> components =
        Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    List<String> properties = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(properties::add);
    assertEquals(components, properties, name + ": record components vs schema properties");

    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    Set<String> expectedRequired = new LinkedHashSet<>(components);
    expectedRequired.removeAll(optional);
    assertEquals(expectedRequired, required, name + ": required");

    for (RecordComponent component : record.getRecordComponents()) {
      JsonNode property = schema.path("properties").path(component.getName());
      Set<String> jsonTypes = new TreeSet<>();
      if (property.path("type").isArray()) {
        property.path("type").forEach(t -> jsonTypes.add(t.asText()));
      } else if (property.has("type")) {
        jsonTypes.add(property.path("type").asText());
      }
      String where = name + "." + component.getName();
      Class<?> javaType = component.getType();
      if (javaType.isPrimitive()) {
        assertFalse(jsonTypes.contains("null"), where + " is never null");
      }
      jsonTypes.remove("null");
      String expected = jsonTypeOf(javaType);
      assertEquals(Set.of(expected), jsonTypes, where + " is a " + javaType.getSimpleName());
      if (javaType == Instant.class) {
        assertEquals("date-time", property.path("format").asText(), where + " format");
      }
    }
  }

  private static String jsonTypeOf(Class<?> javaType) {
    if (javaType == String.class || javaType == Instant.class) {
      return "string";
    }
    if (javaType == int.class || javaType == long.class) {
      return "integer";
    }
    if (javaType == boolean.class) {
      return "boolean";
    }
    if (javaType == BigDecimal.class) {
      return "number";
    }
    if (JsonNode.class.isAssignableFrom(javaType)) {
      return "object";
    }
    throw new AssertionError("no JSON type known for " + javaType);
  }
}
