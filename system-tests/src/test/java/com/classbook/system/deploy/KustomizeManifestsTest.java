package com.classbook.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders the kustomize overlays with kubectl and checks what operators rely on is there. */
class KustomizeManifestsTest {

  private static final Map<String, Integer> SERVICES =
      Map.of(
          "identity-service",
          8081,
          "catalog-service",
          8082,
          "booking-service",
          8083,
          "waitlist-service",
          8084);
  private static final Map<String, String> TOPICS =
      Map.of(
          "identity.users.v1", "delete",
          "catalog.countries.v1", "compact",
          "catalog.packages.v1", "compact",
          "catalog.classes.v1", "delete",
          "booking.wallet.v1", "delete",
          "booking.bookings.v1", "delete",
          "booking.availability.v1", "compact",
          "waitlist.entries.v1", "delete");

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void overlayRendersEveryServiceProbeRouteAndTopic(String overlay) throws Exception {
    List<JsonNode> docs = render(overlay);

    for (var service : SERVICES.entrySet()) {
      JsonNode deployment = find(docs, "Deployment", service.getKey());
      JsonNode container = deployment.at("/spec/template/spec/containers/0");
      assertEquals(
          "/q/health/ready",
          container.at("/readinessProbe/httpGet/path").asText(),
          service.getKey());
      assertEquals(
          "/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), service.getKey());
      assertTrue(
          container.at("/resources/limits/memory").isTextual(), service.getKey() + " memory limit");
      assertEquals(service.getValue(), container.at("/ports/0/containerPort").asInt());
      assertEquals("classbook", deployment.at("/metadata/namespace").asText());
      JsonNode svc = find(docs, "Service", service.getKey());
      assertEquals(service.getValue(), svc.at("/spec/ports/0/port").asInt());
    }

    JsonNode ingress = find(docs, "Ingress", "classbook-gateway");
    List<String> paths = new ArrayList<>();
    ingress.at("/spec/rules/0/http/paths").forEach(p -> paths.add(p.get("path").asText()));
    for (String path :
        List.of(
            "/api/v1/auth",
            "/api/v1/users",
            "/api/v1/classes",
            "/api/v1/bookings",
            "/api/v1/waitlist",
            "/api/v1/purchases")) {
      assertTrue(paths.contains(path), path + " routed");
    }
    assertTrue(
        paths.stream().noneMatch(p -> p.startsWith("/internal")), "internal paths never routed");

    Map<String, String> topics =
        docs.stream()
            .filter(d -> "KafkaTopic".equals(d.path("kind").asText()))
            .collect(
                Collectors.toMap(
                    d -> d.at("/spec/topicName").asText(),
                    d -> d.at("/spec/config/cleanup.policy").asText()));
    assertEquals(TOPICS, topics);
  }

  private static JsonNode find(List<JsonNode> docs, String kind, String name) {
    return docs.stream()
        .filter(
            d ->
                kind.equals(d.path("kind").asText())
                    && name.equals(d.at("/metadata/name").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + name + " missing"));
  }

  private static List<JsonNode> render(String overlay) throws Exception {
    File dir = new File(root(), "deploy/k8s/overlays/" + overlay);
    Process process =
        new ProcessBuilder("kubectl", "kustomize", dir.getAbsolutePath())
            .redirectErrorStream(false)
            .start();
    String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize timed out");
    assertEquals(0, process.exitValue(), "kubectl kustomize failed: " + errors);
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    List<JsonNode> docs = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
      mapper.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
    }
    return docs;
  }

  private static File root() {
    File dir = new File("").getAbsoluteFile();
    while (dir != null && !new File(dir, "deploy/k8s").isDirectory()) {
      dir = dir.getParentFile();
    }
    if (dir == null) {
      throw new IllegalStateException("repository root not found");
    }
    return dir;
  }
}
