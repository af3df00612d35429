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
    File dir = new File("").getAbsoluteFile();
    while (dir != null && !new File(dir, "docs/asyncapi.yaml").isFile()) {
      dir = dir.getParentFile();
    }
    if (dir == null) {
      throw new IllegalStateException("docs/asyncapi.yaml not found");
    }
    try {
      return new AsyncApiCatalog(
          new ObjectMapper(new YAMLFactory()).readTree(new File(dir, "docs/asyncapi.yaml")));
    } catch (IOException e) {
      throw new IllegalStateException("docs/asyncapi.yaml unreadable", e);
    }
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
    JsonNode message = doc.path("components").path("messages").path(type);
    if (message.isMissingNode()) {
      throw new AssertionError("event type " + type + " is not documented");
    }
    String ref = message.at("/payload/allOf/1/properties/data/$ref").asText();
    JsonNode schema = doc.at("/components/schemas/" + ref.replace("#/components/schemas/", ""));
    Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
    fields.forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
    return properties;
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
