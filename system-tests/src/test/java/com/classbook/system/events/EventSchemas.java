package com.classbook.system.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas published under docs/events/schemas, one per event type: the CloudEvents
 * envelope of docs/asyncapi.yaml with that type and its data schema inlined, so a consumer can
 * validate a record's value with any JSON Schema (2020-12) validator. Generated from the catalogue
 * (EventSchemasTest keeps the files in step); events are validated against the files.
 */
public final class EventSchemas {

  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  static final String FOLDER = "docs/events/schemas";
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  // format (date-time) is an assertion here, not only an annotation.
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> PUBLISHED = new ConcurrentHashMap<>();

  private EventSchemas() {}

  /** Where the schema of an event type is published. */
  public static Path fileOf(String type) {
    return AsyncApiCatalog.repositoryRoot().toPath().resolve(FOLDER).resolve(type + ".schema.json");
  }

  /** The schema of an event type as the catalogue defines it: envelope, type and data inlined. */
  static ObjectNode generate(AsyncApiCatalog catalog, String type) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode schema = json.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", type);
    schema.put(
        "description",
        "A "
            + type
            + " event as published on Kafka: the value of the record, a CloudEvents 1.0 envelope in"
            + " structured JSON mode whose data is a "
            + catalog.payloadNameOf(type)
            + ". Generated from docs/asyncapi.yaml.");
    ObjectNode envelope = catalog.schema("CloudEvent").deepCopy();
    ObjectNode properties = (ObjectNode) envelope.get("properties");
    ObjectNode typeSchema = json.objectNode().put("type", "string").put("const", type);
    properties.set("type", typeSchema);
    properties.set("data", catalog.payloadSchemaOf(type).deepCopy());
    schema.setAll(envelope);
    return schema;
  }

  static String render(JsonNode schema) {
    try {
      return MAPPER.writeValueAsString(schema) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A validator of a schema (in this class's dialect, formats asserted). */
  static JsonSchema validator(JsonNode schema) {
    return FACTORY.getSchema(schema, CONFIG);
  }

  /** What is wrong with an event (a record's value) against the published schema of its type. */
  public static List<String> violations(String type, JsonNode event) {
    JsonSchema schema =
        PUBLISHED.computeIfAbsent(
            type,
            t -> {
              try {
                return validator(MAPPER.readTree(fileOf(t).toFile()));
              } catch (IOException e) {
                throw new UncheckedIOException("no published schema for " + t, e);
              }
            });
    return messages(schema, event);
  }

  static List<String> messages(JsonSchema schema, JsonNode value) {
    return schema.validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /**
   * What is wrong with a record's headers: against the catalogue's KafkaHeaders schema, and each
   * CloudEvents header against the envelope attribute it repeats (request id and traceparent: both
   * there and equal, or neither).
   */
  public static List<String> headerViolations(
      AsyncApiCatalog catalog, Map<String, String> headers, JsonNode event) {
    JsonSchema schema =
        PUBLISHED.computeIfAbsent(
            "headers",
            ignored -> {
              ObjectNode headersSchema = catalog.schema("KafkaHeaders").deepCopy();
              headersSchema.put("$schema", DIALECT);
              return validator(headersSchema);
            });
    ObjectNode values = JsonNodeFactory.instance.objectNode();
    headers.forEach(values::put);
    List<String> problems = new java.util.ArrayList<>(messages(schema, values));
    Map<String, String> repeated =
        Map.of(
            "ce_specversion", "specversion",
            "ce_id", "id",
            "ce_source", "source",
            "ce_type", "type",
            "ce_subject", "subject",
            "ce_time", "time",
            "classbook_request_id", "requestid",
            "traceparent", "traceparent");
    repeated.forEach(
        (header, attribute) -> {
          String expected = event.hasNonNull(attribute) ? event.get(attribute).asText() : null;
          if (!java.util.Objects.equals(expected, headers.get(header))) {
            problems.add(
                header + " = " + headers.get(header) + " but " + attribute + " = " + expected);
          }
        });
    return problems;
  }
}
