package com.classbook.system.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the services' OpenAPI documents into the one document of the public API: only the paths
 * the gateway routes, one set of components. Two services' schemas of the same name but different
 * shape are both kept, each prefixed with its service's name.
 */
final class OpenApiMerger {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String SCHEMA_REF = "#/components/schemas/";

  private final Map<String, JsonNode> paths = new TreeMap<>();
  private final Map<String, JsonNode> schemas = new TreeMap<>();
  private final Map<String, JsonNode> securitySchemes = new TreeMap<>();
  private final Map<String, JsonNode> tags = new TreeMap<>();
  private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

  /** Adds a service's document; {@code service} names it (e.g. "booking"). */
  OpenApiMerger add(String service, JsonNode document) {
    documents.put(service, document.deepCopy());
    return this;
  }

  ObjectNode merge() {
    Map<String, Map<String, String>> renames = renamesOfClashingSchemas();
    documents.forEach(
        (service, document) -> {
          rewriteRefs(document, renames.getOrDefault(service, Map.of()));
          document
              .path("components")
              .path("schemas")
              .fields()
              .forEachRemaining(
                  schema ->
                      schemas.put(
                          renames
                              .getOrDefault(service, Map.of())
                              .getOrDefault(schema.getKey(), schema.getKey()),
                          schema.getValue()));
          document
              .path("components")
              .path("securitySchemes")
              .fields()
              .forEachRemaining(scheme -> addOnce(securitySchemes, "security scheme", scheme));
          document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
          document.path("paths").fields().forEachRemaining(path -> addPath(service, path));
        });
    return document();
  }

  private void addPath(String service, Map.Entry<String, JsonNode> path) {
    if (!isPublic(path.getKey())) {
      return;
    }
    ObjectNode merged = (ObjectNode) paths.computeIfAbsent(path.getKey(), key -> JSON.objectNode());
    path.getValue()
        .fields()
        .forEachRemaining(
            operation -> {
              if (merged.has(operation.getKey())) {
                throw new IllegalStateException(
                    operation.getKey().toUpperCase(Locale.ROOT)
                        + " "
                        + path.getKey()
                        + " is declared by two services (again by "
                        + service
                        + ")");
              }
              merged.set(operation.getKey(), operation.getValue());
            });
  }

  /** What the gateway routes: the versioned API and the key set; never /internal or /q. */
  static boolean isPublic(String path) {
    return path.startsWith("/api/") || path.startsWith("/.well-known/");
  }

  private Map<String, Map<String, String>> renamesOfClashingSchemas() {
    Map<String, Map<String, JsonNode>> shapes = new TreeMap<>();
    documents.forEach(
        (service, document) ->
            document
                .path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(
                    schema ->
                        shapes
                            .computeIfAbsent(schema.getKey(), name -> new LinkedHashMap<>())
                            .put(service, schema.getValue())));
    Map<String, Map<String, String>> renames = new LinkedHashMap<>();
    shapes.forEach(
        (name, byService) -> {
          if (byService.values().stream().distinct().count() > 1) {
            byService
                .keySet()
                .forEach(
                    service ->
                        renames
                            .computeIfAbsent(service, s -> new LinkedHashMap<>())
                            .put(name, capitalized(service) + name));
          }
        });
    return renames;
  }

  private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
    if (renames.isEmpty()) {
      return;
    }
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.asText().startsWith(SCHEMA_REF)) {
        String name = ref.asText().substring(SCHEMA_REF.length());
        object.set("$ref", TextNode.valueOf(SCHEMA_REF + renames.getOrDefault(name, name)));
      }
      object.forEach(child -> rewriteRefs(child, renames));
    } else if (node.isArray()) {
      node.forEach(child -> rewriteRefs(child, renames));
    }
  }

  private static void addOnce(
      Map<String, JsonNode> into, String what, Map.Entry<String, JsonNode> entry) {
    JsonNode known = into.putIfAbsent(entry.getKey(), entry.getValue());
    if (known != null && !known.equals(entry.getValue())) {
      throw new IllegalStateException(
          "two services define the " + what + " " + entry.getKey() + " differently");
    }
  }

  private ObjectNode document() {
    ObjectNode document = JSON.objectNode();
    document.put("openapi", firstDocument().path("openapi").asText("3.1.0"));
    ObjectNode info = document.putObject("info");
    info.put("title", "classbook public API");
    info.put("version", firstDocument().path("info").path("version").asText("1.0.0"));
    info.put(
        "description",
        "Every path as the gateway serves it. Errors are application/problem+json (Problem) with a"
            + " stable code; each answer's description names its codes. Generated from the services'"
            + " documents by system-tests (OpenApiDocumentTest); see docs/api.md.");
    document.putArray("servers").addObject().put("url", "/").put("description", "the gateway");
    ObjectNode pathsNode = document.putObject("paths");
    paths.forEach(pathsNode::set);
    ObjectNode components = document.putObject("components");
    ObjectNode schemasNode = components.putObject("schemas");
    schemas.forEach(schemasNode::set);
    ObjectNode schemesNode = components.putObject("securitySchemes");
    securitySchemes.forEach(schemesNode::set);
    tags.values().forEach(document.withArray("tags")::add);
    return document;
  }

  private JsonNode firstDocument() {
    Iterator<ObjectNode> all = documents.values().iterator();
    return all.hasNext() ? all.next() : JSON.objectNode();
  }

  private static String capitalized(String service) {
    return Character.toUpperCase(service.charAt(0)) + service.substring(1);
  }
}
