package com.classbook.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides, as a cluster's network plugin would, whether the rendered NetworkPolicies let a pod open
 * a TCP connection to a pod of the classbook namespace: a pod selected by no ingress policy accepts
 * everything; a selected one only what some rule of a selecting policy allows. Named ports are the
 * services' {@code http}.
 */
final class NetworkPolicies {

  /** A pod: its namespace and labels, and the port its container calls {@code http} (0: none). */
  record Pod(String namespace, Map<String, String> labels, int httpPort) {}

  private final List<JsonNode> policies;
  private final String namespace;

  NetworkPolicies(List<JsonNode> docs, String namespace) {
    this.policies =
        docs.stream().filter(d -> "NetworkPolicy".equals(d.path("kind").asText())).toList();
    this.namespace = namespace;
  }

  boolean allows(Pod from, Pod to, int port) {
    List<JsonNode> selecting =
        policies.stream()
            .filter(p -> isIngressPolicy(p) && selects(p.at("/spec/podSelector"), to.labels()))
            .toList();
    if (selecting.isEmpty()) {
      return true;
    }
    for (JsonNode policy : selecting) {
      for (JsonNode rule : policy.at("/spec/ingress")) {
        if (portMatches(rule.get("ports"), to, port) && peerMatches(rule.get("from"), from)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isIngressPolicy(JsonNode policy) {
    JsonNode types = policy.at("/spec/policyTypes");
    if (types.isMissingNode()) {
      return true;
    }
    for (JsonNode type : types) {
      if ("Ingress".equals(type.asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean portMatches(JsonNode ports, Pod to, int port) {
    if (ports == null || ports.isEmpty()) {
      return true;
    }
    for (JsonNode p : ports) {
      JsonNode value = p.get("port");
      boolean tcp = !p.has("protocol") || "TCP".equals(p.get("protocol").asText());
      boolean same =
          value == null
              || (value.isInt() && value.asInt() == port)
              || ("http".equals(value.asText()) && to.httpPort() == port);
      if (tcp && same) {
        return true;
      }
    }
    return false;
  }

  private boolean peerMatches(JsonNode peers, Pod from) {
    if (peers == null || peers.isEmpty()) {
      return true;
    }
    for (JsonNode peer : peers) {
      JsonNode namespaces = peer.get("namespaceSelector");
      JsonNode pods = peer.get("podSelector");
      boolean namespaceOk =
          namespaces == null
              ? namespace.equals(from.namespace())
              : selects(namespaces, Map.of("kubernetes.io/metadata.name", from.namespace()));
      boolean podOk = pods == null || selects(pods, from.labels());
      if (namespaceOk && podOk && (namespaces != null || pods != null)) {
        return true;
      }
    }
    return false;
  }

  /** A label selector: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
  private static boolean selects(JsonNode selector, Map<String, String> labels) {
    for (var entry : selector.path("matchLabels").properties()) {
      if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
        return false;
      }
    }
    for (JsonNode expression : selector.path("matchExpressions")) {
      String value = labels.get(expression.get("key").asText());
      List<String> values = new ArrayList<>();
      expression.path("values").forEach(v -> values.add(v.asText()));
      boolean ok =
          switch (expression.get("operator").asText()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException(expression.toString());
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
