package com.classbook.system.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.json, which the gateway serves at /api/openapi.json, is the merge of what the
 * services' builds store under target/openapi. Out of sync fails; {@code -Dopenapi.write=true}
 * writes it anew. The merged document also keeps the promises a generated client relies on.
 */
class OpenApiDocumentTest {

  static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).normalize();
  static final Path COMMITTED = ROOT.resolve("docs/openapi.json");
  private static final List<String> SERVICES =
      List.of("identity", "catalog", "booking", "waitlist");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static ObjectNode merged;

  @BeforeAll
  static void merge() throws IOException {
    OpenApiMerger merger = new OpenApiMerger();
    for (String service : SERVICES) {
      Path stored = ROOT.resolve(service + "-service/target/openapi/openapi.json");
      assumeTrue(Files.exists(stored), stored + " missing: build the services first (mvn package)");
      merger.add(service, MAPPER.readTree(stored.toFile()));
    }
    merged = merger.merge();
  }

  static String render(JsonNode document) throws IOException {
    return MAPPER.writeValueAsString(document) + "\n";
  }

  @Test
  void committedDocumentIsTheMergeOfTheServices() throws IOException {
    String expected = render(merged);
    if (Boolean.getBoolean("openapi.write")) {
      Files.writeString(COMMITTED, expected);
    }
    String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
    assertEquals(
        expected,
        committed,
        "docs/openapi.json is out of date: mvn -pl system-tests test -Dtest=OpenApiDocumentTest"
            + " -Dopenapi.write=true (after building the services)");
  }

  @Test
  void everyOperationHasItsOwnOperationId() {
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          String id = operation.path("operationId").asText("");
          if (id.isEmpty()) {
            problems.add(name + " has no operationId (@Operation(operationId = ...))");
          } else if (!seen.add(id)) {
            problems.add(name + " repeats the operationId " + id);
          }
        });
    assertEquals(List.of(), problems);
  }

  @Test
  void onlyRoutedPathsArePublished() {
    merged
        .path("paths")
        .fieldNames()
        .forEachRemaining(path -> assertTrue(OpenApiMerger.isPublic(path), path));
  }

  @Test
  void protectedOperationsNameTheBearerScheme() {
    assertEquals(
        "bearer", merged.at("/components/securitySchemes/bearerAuth/scheme").asText(), "scheme");
    forEachOperation(
        (name, operation) -> {
          if (operation.path("responses").has("401") && !name.contains("/auth/")) {
            assertTrue(operation.at("/security/0").has("bearerAuth"), name + " without security");
          }
        });
  }

  @Test
  void everyAnswerHasABodySchemaAndErrorsAreProblems() {
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) ->
            operation
                .path("responses")
                .fields()
                .forEachRemaining(
                    response -> {
                      String status = response.getKey();
                      JsonNode content = response.getValue().path("content");
                      if (status.startsWith("4") || status.startsWith("5")) {
                        if (!content.at("/application~1problem+json/schema/$ref").isTextual()) {
                          problems.add(name + " " + status + " is not a Problem");
                        }
                      } else if (!status.equals("204")
                          && !status.equals("202")
                          && content.findValue("schema") == null) {
                        problems.add(name + " " + status + " has no schema");
                      }
                    }));
    assertEquals(List.of(), problems);
  }

  @Test
  void everyJsonRequestBodyShowsAnExample() {
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
          if (schema.isMissingNode()) {
            return;
          }
          JsonNode body =
              merged.at(
                  "/components/schemas/"
                      + schema.path("$ref").asText().replace("#/components/schemas/", ""));
          if (body.findValue("examples") == null && body.findValue("example") == null) {
            problems.add(name + " has no example (@Schema(example = ...) on the request record)");
          }
        });
    assertEquals(List.of(), problems);
  }

  private static void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
    merged
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation ->
                            check.accept(
                                operation.getKey() + " " + path.getKey(), operation.getValue())));
  }
}
