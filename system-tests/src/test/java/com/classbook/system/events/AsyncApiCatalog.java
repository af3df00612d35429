package com.classbook.system.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads docs/asyncapi.yaml: which event types each topic carries and the JSON schema of their data.
 */
public final class AsyncApiCatalog {
  private final JsonNode doc;

  private AsyncApiCatalog(JsonNode doc) {
    this.doc = doc;
  }

  public static AsyncApiCatalog load() {
    try {
      return new AsyncApiCatalog(
          new ObjectMapper(new YAMLFactory())
              .readTree(new File(repositoryRoot(), "docs/asyncapi.yaml")));
    } catch (IOException e) {
      throw new IllegalStateException("docs/asyncapi.yaml unreadable", e);
    }
  }

  /** The repository's root: the nearest folder up from here that holds docs/asyncapi.yaml. */
  public static File repositoryRoot() {
    File dir = new File("").getAbsoluteFile();
    while (dir != null && !new File(dir, "docs/asyncapi.yaml").isFile()) {
      dir = dir.getParentFile();
    }
    if (dir == null) {
      throw new IllegalStateException("docs/asyncapi.yaml not found");
    }
    return dir;
  }

  public Set<String> topics() {
    Set<String> topics = new LinkedHashSet<>();
    doc.path("channels").fieldNames().forEachRemaining(topics::add);
    return topics;
  }

  /** Event types documented on a topic. */
  public Set<String> typesOf(String topic) {
    JsonNode message = doc.path("channels").path(topic).path("subscribe").path("message");
    List<JsonNode> refs = new ArrayList<>();
    if (message.has("oneOf")) {
      message.get("oneOf").forEach(refs::add);
    } else {
      refs.add(message);
    }
    Set<String> types = new LinkedHashSet<>();
    for (JsonNode ref : refs) {
      types.add(ref.get("$ref").asText().replace("#/components/messages/", ""));
    }
    return types;
  }

  /** The data schema (properties with their JSON types) of an event type. */
  public Map<String, JsonNode> dataSchemaOf(String type) {
    JsonNode schema = payloadSchemaOf(type);
    Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
    fields.forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
    return properties;
  }

  /** The message of an event type. */
  public JsonNode messageOf(String type) {
    JsonNode message = doc.path("components").path("messages").path(type);
    if (message.isMissingNode()) {
      throw new AssertionError("event type " + type + " is not documented");
    }
    return message;
  }

  /** The name of the schema of an event type's data (a kernel record's name). */
  public String payloadNameOf(String type) {
    return messageOf(type)
        .at("/payload/allOf/1/properties/data/$ref")
        .asText()
        .replace("#/components/schemas/", "");
  }

  /** The whole schema of an event type's data. */
  public JsonNode payloadSchemaOf(String type) {
    return schema(payloadNameOf(type));
  }

  /** A schema of components/schemas by name. */
  public JsonNode schema(String name) {
    JsonNode schema = doc.path("components").path("schemas").path(name);
    if (schema.isMissingNode()) {
      throw new AssertionError("schema " + name + " is not documented");
    }
    return schema;
  }

  /** The examples of an event type's message (each with headers and payload). */
  public List<JsonNode> examplesOf(String type) {
    List<JsonNode> examples = new ArrayList<>();
    messageOf(type).path("examples").forEach(examples::add);
    return examples;
  }

  /** The document itself. */
  public JsonNode document() {
    return doc;
  }

  /** Whether a JSON value matches a documented property type (a string or a list of types). */
  public static boolean matches(JsonNode schema, JsonNode value) {
    JsonNode type = schema.path("type");
    List<String> allowed = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> allowed.add(t.asText()));
    } else {
      allowed.add(type.asText());
    }
    for (String t : allowed) {
      boolean ok =
          switch (t) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" ->
                value.isNumber()
                    || (value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?"));
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
          };
      if (ok) {
        return true;
      }
    }
    return false;
  }
}
