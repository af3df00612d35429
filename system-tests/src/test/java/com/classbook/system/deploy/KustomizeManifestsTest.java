package com.classbook.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the kustomize overlays with kubectl and checks what operators rely on is there, and the
 * security of what is deployed: restricted pods, network isolation, TLS, no simulated payments.
 */
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

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void overlayRendersEveryServiceProbeAndRoute(String overlay) throws Exception {
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
    // The topics and their settings: TopicDeclarationsTest.
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theWebAppIsServedBehindTheIngressAsARestrictedPod(String overlay) throws Exception {
    List<JsonNode> docs = render(overlay);
    JsonNode pod = find(docs, "Deployment", "web").at("/spec/template/spec");
    JsonNode container = pod.at("/containers/0");
    assertTrue(
        container.at("/image").asText().startsWith("classbook/web:"),
        "the image of Dockerfile.web");
    assertEquals("/healthz", container.at("/readinessProbe/httpGet/path").asText());
    assertTrue(
        container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), "read-only root");
    assertEquals(8080, find(docs, "Service", "web").at("/spec/ports/0/port").asInt());
    JsonNode root = null;
    for (JsonNode path :
        find(docs, "Ingress", "classbook-gateway").at("/spec/rules/0/http/paths")) {
      if (path.get("path").asText().equals("/")) {
        root = path;
      }
    }
    assertTrue(root != null, "/ is routed");
    assertEquals("web", root.at("/backend/service/name").asText());
    JsonNode policy = find(docs, "NetworkPolicy", "allow-ingress-controller-to-services");
    assertTrue(
        texts(policy.at("/spec/podSelector/matchExpressions/0/values")).contains("web"),
        "the ingress controller may reach the web pods");
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void aClassRosterGoesToBookingAndTheRestOfTheClassesToTheCatalog(String overlay)
      throws Exception {
    JsonNode ingress = find(render(overlay), "Ingress", "classbook-gateway");
    assertEquals(
        "true",
        ingress.at("/metadata/annotations/nginx.ingress.kubernetes.io~1use-regex").asText(),
        "the roster's path is a regular expression");
    Map<String, JsonNode> byPath = new java.util.HashMap<>();
    ingress.at("/spec/rules/0/http/paths").forEach(p -> byPath.put(p.get("path").asText(), p));
    JsonNode roster = byPath.get("/api/v1/classes/[^/]+/roster$");
    assertTrue(roster != null, "roster routed: " + byPath.keySet());
    assertEquals("ImplementationSpecific", roster.get("pathType").asText());
    assertEquals("booking-service", roster.at("/backend/service/name").asText());
    assertEquals(8083, roster.at("/backend/service/port/number").asInt());
    assertEquals(
        "catalog-service", byPath.get("/api/v1/classes").at("/backend/service/name").asText());
    java.util.regex.Pattern pattern =
        java.util.regex.Pattern.compile(
            "^" + roster.get("path").asText(), java.util.regex.Pattern.CASE_INSENSITIVE);
    assertTrue(pattern.matcher("/api/v1/classes/5d0a8a8e-1b7e/roster").find());
    for (String catalogPath :
        List.of(
            "/api/v1/classes/5d0a8a8e-1b7e", "/api/v1/classes/5d0a/cancel", "/api/v1/classes")) {
      assertFalse(pattern.matcher(catalogPath).find(), catalogPath + " stays the catalog's");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void everyServiceRunsWithTheRestrictedSecurityProfile(String overlay) throws Exception {
    List<JsonNode> docs = render(overlay);

    for (String service : SERVICES.keySet()) {
      JsonNode pod = find(docs, "Deployment", service).at("/spec/template/spec");
      JsonNode container = pod.at("/containers/0");
      JsonNode security = container.at("/securityContext");
      assertTrue(
          pod.at("/securityContext/runAsNonRoot").asBoolean()
              && security.at("/runAsNonRoot").asBoolean(),
          service + " runAsNonRoot");
      assertEquals(
          false,
          security.at("/allowPrivilegeEscalation").asBoolean(true),
          service + " allowPrivilegeEscalation");
      assertEquals(
          List.of("ALL"), texts(security.at("/capabilities/drop")), service + " drops ALL");
      assertTrue(security.at("/capabilities/add").isMissingNode(), service + " adds nothing");
      assertEquals(
          "RuntimeDefault",
          security.at("/seccompProfile/type").asText(),
          service + " container seccomp");
      assertEquals(
          "RuntimeDefault",
          pod.at("/securityContext/seccompProfile/type").asText(),
          service + " pod seccomp");
      assertTrue(security.at("/readOnlyRootFilesystem").asBoolean(), service + " read-only root");
      String tmpVolume = null;
      for (JsonNode mount : container.at("/volumeMounts")) {
        if ("/tmp".equals(mount.get("mountPath").asText())) {
          tmpVolume = mount.get("name").asText();
        }
      }
      assertTrue(tmpVolume != null, service + " mounts /tmp");
      boolean emptyDir = false;
      for (JsonNode volume : pod.at("/volumes")) {
        emptyDir |= volume.get("name").asText().equals(tmpVolume) && volume.has("emptyDir");
      }
      assertTrue(emptyDir, service + " /tmp is an emptyDir");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void networkPoliciesLetInOnlyThePeersEachPodNeeds(String overlay) throws Exception {
    List<JsonNode> docs = render(overlay);
    NetworkPolicies policies = new NetworkPolicies(docs, "classbook");
    Map<String, NetworkPolicies.Pod> services = new java.util.HashMap<>();
    SERVICES.forEach(
        (name, port) ->
            services.put(
                name,
                new NetworkPolicies.Pod(
                    "classbook",
                    Map.of(
                        "app.kubernetes.io/name", name, "app.kubernetes.io/part-of", "classbook"),
                    port)));
    var controller =
        new NetworkPolicies.Pod(
            "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"), 0);
    var prometheus =
        new NetworkPolicies.Pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"), 0);
    var stranger = new NetworkPolicies.Pod("classbook", Map.of("app", "debug-shell"), 0);
    var otherNamespace = new NetworkPolicies.Pod("default", Map.of("app", "anything"), 0);
    var mysql =
        new NetworkPolicies.Pod(
            "classbook", Map.of("app.kubernetes.io/name", "classbook-mysql"), 0);
    var redis =
        new NetworkPolicies.Pod(
            "classbook", Map.of("app.kubernetes.io/name", "classbook-redis"), 0);
    var kafka =
        new NetworkPolicies.Pod(
            "classbook", Map.of("strimzi.io/cluster", "classbook", "strimzi.io/kind", "Kafka"), 0);

    for (var service : SERVICES.entrySet()) {
      var pod = services.get(service.getKey());
      int port = service.getValue();
      assertTrue(policies.allows(controller, pod, port), "ingress controller -> " + pod);
      assertTrue(policies.allows(prometheus, pod, port), "metrics scrape -> " + pod);
      assertFalse(policies.allows(controller, pod, 5005), "only the HTTP port of " + pod);
      assertFalse(policies.allows(stranger, pod, port), "other pods of the namespace -> " + pod);
      assertFalse(policies.allows(otherNamespace, pod, port), "other namespaces -> " + pod);
      assertTrue(policies.allows(pod, mysql, 3306), pod + " -> MySQL");
      assertTrue(policies.allows(pod, redis, 6379), pod + " -> Redis");
      assertTrue(policies.allows(pod, kafka, 9092), pod + " -> Kafka");
    }
    var waitlist = services.get("waitlist-service");
    var identity = services.get("identity-service");
    assertTrue(policies.allows(waitlist, services.get("booking-service"), 8083));
    assertFalse(policies.allows(waitlist, services.get("catalog-service"), 8082));
    for (String verifier : List.of("catalog-service", "booking-service", "waitlist-service")) {
      assertTrue(
          policies.allows(services.get(verifier), identity, 8081),
          verifier + " -> identity's JWKS");
    }
    assertFalse(
        policies.allows(services.get("catalog-service"), services.get("booking-service"), 8083));
    assertFalse(
        policies.allows(services.get("booking-service"), services.get("waitlist-service"), 8084));
    for (var dataPod : List.of(mysql, redis, kafka)) {
      for (int port : List.of(3306, 6379, 9092)) {
        assertFalse(policies.allows(controller, dataPod, port), "controller -> " + dataPod);
        assertFalse(policies.allows(stranger, dataPod, port), "stranger -> " + dataPod);
        assertFalse(policies.allows(otherNamespace, dataPod, port), "outsider -> " + dataPod);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theIngressesServeOnlyTheApiAndTheKeysOverTls(String overlay) throws Exception {
    List<JsonNode> ingresses = all(render(overlay), "Ingress");
    assertEquals(2, ingresses.size(), "the routes and the rate-limited account paths");

    for (JsonNode ingress : ingresses) {
      String name = ingress.at("/metadata/name").asText();
      JsonNode tls = ingress.at("/spec/tls/0");
      assertEquals("classbook-tls", tls.path("secretName").asText(), name + " TLS secret");
      assertEquals(
          texts(tls.get("hosts")),
          List.of(ingress.at("/spec/rules/0/host").asText()),
          name + ": the certificate covers the routed host");
      assertEquals(
          "true",
          ingress
              .at("/metadata/annotations/nginx.ingress.kubernetes.io~1force-ssl-redirect")
              .asText(),
          name + " redirects to HTTPS");
      for (JsonNode rule : ingress.at("/spec/rules")) {
        for (JsonNode path : rule.at("/http/paths")) {
          String value = path.get("path").asText();
          String backend = path.at("/backend/service/name").asText();
          assertFalse(
              value.startsWith("/q"), value + ": no /q route (health, metrics, Swagger UI)");
          if (value.equals("/")) {
            assertEquals("web", backend, "everything outside the API goes to the web app only");
            continue;
          }
          assertTrue(
              value.startsWith("/api/v1/") || value.equals("/.well-known/jwks.json"),
              value + " is outside /api/v1 and the key set");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theAccountPathsAreRateLimitedPerAddressAtTheIngress(String overlay) throws Exception {
    List<JsonNode> docs = render(overlay);
    JsonNode limited = find(docs, "Ingress", "classbook-account-abuse");
    JsonNode annotations = limited.at("/metadata/annotations");
    int perMinute = annotations.path("nginx.ingress.kubernetes.io/limit-rpm").asInt(0);
    int burstMultiplier =
        annotations.path("nginx.ingress.kubernetes.io/limit-burst-multiplier").asInt(5);
    assertTrue(perMinute > 0 && perMinute <= 30, "at most 30 a minute per address: " + perMinute);
    assertTrue(perMinute * burstMultiplier <= 30, "bursts of at most 30");

    Map<String, String> routes = new java.util.TreeMap<>();
    for (JsonNode path : limited.at("/spec/rules/0/http/paths")) {
      assertEquals("Exact", path.get("pathType").asText(), path.toString());
      assertEquals(8081, path.at("/backend/service/port/number").asInt(), path.toString());
      routes.put(path.get("path").asText(), path.at("/backend/service/name").asText());
    }
    assertEquals(
        new java.util.TreeMap<>(
            Map.of(
                "/api/v1/auth/register", "identity-service",
                "/api/v1/auth/resend-verification", "identity-service",
                "/api/v1/auth/forgot-password", "identity-service",
                "/api/v1/auth/reset-password", "identity-service",
                "/api/v1/users/me/password", "identity-service")),
        routes);
    JsonNode gateway = find(docs, "Ingress", "classbook-gateway");
    assertEquals(
        gateway.at("/spec/rules/0/host").asText(),
        limited.at("/spec/rules/0/host").asText(),
        "the same host, so the exact paths win over the gateway's prefixes");
    assertTrue(
        gateway.at("/metadata/annotations/nginx.ingress.kubernetes.io~1limit-rpm").isMissingNode(),
        "the other routes (login among them) are limited by the services");
  }

  @Test
  void identityBelievesForwardedAddressesOnlyFromTheIngressControllersRange() throws Exception {
    String base =
        env(find(render("local"), "Deployment", "identity-service"), "TRUSTED_PROXIES")
            .path("value")
            .asText();
    String production =
        env(find(render("production"), "Deployment", "identity-service"), "TRUSTED_PROXIES")
            .path("value")
            .asText();

    assertEquals("10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fd00::/8", base, "the base's default");
    assertTrue(
        production.matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}"),
        "production trusts one IPv4 range, the controller's pods: " + production);
    assertFalse(base.contains(production), "production narrows the base: " + production);
    for (String range : List.of(base, production)) {
      assertFalse(range.contains("0.0.0.0/0") || range.contains("::/0"), "never everyone");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void servicesVerifyTokensWithIdentitysKeySetAndOnlyIdentityHoldsAKey(String overlay)
      throws Exception {
    List<JsonNode> docs = render(overlay);
    JsonNode config =
        all(docs, "ConfigMap").stream()
            .filter(c -> c.at("/metadata/name").asText().startsWith("classbook-config"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("ConfigMap classbook-config missing"));
    assertEquals(
        "http://identity-service:8081/.well-known/jwks.json",
        config.at("/data/JWT_PUBLIC_KEY_LOCATION").asText());
    JsonNode identity = find(docs, "Deployment", "identity-service");
    assertEquals(
        "http://127.0.0.1:8081/.well-known/jwks.json",
        env(identity, "JWT_PUBLIC_KEY_LOCATION").path("value").asText(),
        "identity reads its own key set over the pod's loopback");

    for (String service : SERVICES.keySet()) {
      List<String> keyVolumes = new ArrayList<>();
      for (JsonNode volume : find(docs, "Deployment", service).at("/spec/template/spec/volumes")) {
        if (volume.has("secret") || volume.has("configMap")) {
          keyVolumes.add(
              volume.at("/secret/secretName").asText(volume.at("/configMap/name").asText()));
        }
      }
      assertEquals(
          service.equals("identity-service") ? List.of("jwt-signing-key") : List.of(),
          keyVolumes,
          service + " key material");
    }
  }

  @Test
  void onlyTheLocalOverlayAllowsThePaymentSimulator() throws Exception {
    assertEquals(Map.of(), simulatorSettings(render("production")), "production");
    String production = renderText("production").toLowerCase(java.util.Locale.ROOT);
    for (String setting : List.of("simulator_allowed", "simulator-allowed", "simulated")) {
      assertFalse(production.contains(setting), "production mentions " + setting);
    }
    assertEquals(
        Map.of(
            "CLASSBOOK_PAYMENT_PROVIDER",
            "simulated",
            "CLASSBOOK_PAYMENT_SIMULATOR_ALLOWED",
            "true"),
        simulatorSettings(render("local")),
        "local");
    JsonNode stripeKey =
        env(find(render("production"), "Deployment", "booking-service"), "STRIPE_SECRET_KEY");
    assertEquals("payment-stripe", stripeKey.at("/valueFrom/secretKeyRef/name").asText());
  }

  /** Every payment-provider variable any container or ConfigMap of the overlay sets. */
  private static Map<String, String> simulatorSettings(List<JsonNode> docs) {
    Map<String, String> found = new java.util.TreeMap<>();
    for (JsonNode doc : docs) {
      if ("ConfigMap".equals(doc.path("kind").asText())) {
        doc.path("data")
            .properties()
            .forEach(
                e -> {
                  if (e.getKey().startsWith("CLASSBOOK_PAYMENT")) {
                    found.put(e.getKey(), e.getValue().asText());
                  }
                });
      }
      for (JsonNode container : doc.at("/spec/template/spec/containers")) {
        for (JsonNode variable : container.path("env")) {
          if (variable.get("name").asText().startsWith("CLASSBOOK_PAYMENT")) {
            found.put(variable.get("name").asText(), variable.path("value").asText());
          }
        }
      }
    }
    return found;
  }

  private static JsonNode env(JsonNode deployment, String name) {
    for (JsonNode variable : deployment.at("/spec/template/spec/containers/0/env")) {
      if (name.equals(variable.get("name").asText())) {
        return variable;
      }
    }
    throw new AssertionError(name + " not set");
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<JsonNode> all(List<JsonNode> docs, String kind) {
    return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
  }

  static JsonNode find(List<JsonNode> docs, String kind, String name) {
    return docs.stream()
        .filter(
            d ->
                kind.equals(d.path("kind").asText())
                    && name.equals(d.at("/metadata/name").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + name + " missing"));
  }

  static List<JsonNode> render(String overlay) throws Exception {
    String yaml = renderText(overlay);
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    List<JsonNode> docs = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
      mapper.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
    }
    return docs;
  }

  private static String renderText(String overlay) throws Exception {
    File dir = new File(root(), "deploy/k8s/overlays/" + overlay);
    Process process =
        new ProcessBuilder("kubectl", "kustomize", dir.getAbsolutePath())
            .redirectErrorStream(false)
            .start();
    String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize timed out");
    assertEquals(0, process.exitValue(), "kubectl kustomize failed: " + errors);
    return yaml;
  }

  static File root() {
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
