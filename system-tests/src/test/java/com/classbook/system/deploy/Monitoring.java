package com.classbook.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitoring files of deploy/monitoring (alert rules, Grafana dashboard), their PromQL
 * expressions and the metrics those select.
 */
final class Monitoring {

  static final String RULES = "deploy/monitoring/prometheus-rules.yaml";
  static final String DASHBOARD = "deploy/monitoring/grafana-dashboard.json";

  private static final Pattern STRING =
      Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGE = Pattern.compile("\\[[^\\]]*]");
  private static final Pattern GROUPING =
      Pattern.compile(
          "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER =
      Pattern.compile("(?<![A-Za-z0-9_:.\u00a7])\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[a-z]*");

  /** A name, then "(" for a function, or the placeholder of its label matchers. */
  private static final Pattern SELECTOR =
      Pattern.compile("([A-Za-z_:][A-Za-z0-9_:]*)(?:(\\s*\\()|\\s*\u00a7(\\d+))?");

  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "unless", "bool", "offset", "inf", "nan", "atan2");
  private static final Pattern APPLICATION = Pattern.compile("\\bapplication\\s*=\\s*\"([^\"]+)\"");

  private Monitoring() {}

  /** A metric selected by an expression, and the service it names if the selector does. */
  record Selector(String metric, String application) {}

  /** Every PromQL expression of the alert rules, by alert name. */
  static Map<String, String> ruleExpressions() {
    Map<String, String> expressions = new LinkedHashMap<>();
    for (JsonNode group : rules().at("/spec/groups")) {
      for (JsonNode rule : group.path("rules")) {
        String name = rule.path("alert").asText(rule.path("record").asText());
        expressions.put(name, rule.path("expr").asText());
      }
    }
    return expressions;
  }

  /** Every PromQL expression of the dashboard's panels, by "panel title / refId". */
  static Map<String, String> dashboardExpressions() {
    Map<String, String> expressions = new LinkedHashMap<>();
    List<JsonNode> panels = new ArrayList<>();
    dashboard().path("panels").forEach(panels::add);
    for (int i = 0; i < panels.size(); i++) {
      JsonNode panel = panels.get(i);
      panel.path("panels").forEach(panels::add);
      for (JsonNode target : panel.path("targets")) {
        expressions.put(
            panel.path("title").asText() + " / " + target.path("refId").asText(),
            target.path("expr").asText());
      }
    }
    return expressions;
  }

  /**
   * The metrics an expression selects, each with the service its selector names ({@code
   * application="..."}) if it does; functions, keywords, label names, strings and numbers are not
   * metrics.
   */
  static Set<Selector> selectors(String expr) {
    List<String> matchers = new ArrayList<>();
    Matcher block = MATCHERS.matcher(expr);
    StringBuilder text = new StringBuilder();
    while (block.find()) {
      matchers.add(block.group());
      block.appendReplacement(text, " \u00a7" + (matchers.size() - 1) + " ");
    }
    block.appendTail(text);
    String bare = STRING.matcher(text).replaceAll(" ");
    bare = RANGE.matcher(bare).replaceAll(" ");
    bare = GROUPING.matcher(bare).replaceAll(" ");
    bare = NUMBER.matcher(bare).replaceAll(" ");
    Set<Selector> selectors = new LinkedHashSet<>();
    Matcher token = SELECTOR.matcher(bare);
    while (token.find()) {
      String name = token.group(1);
      if (token.group(2) != null || KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      String application = null;
      if (token.group(3) != null) {
        Matcher named = APPLICATION.matcher(matchers.get(Integer.parseInt(token.group(3))));
        application = named.find() ? named.group(1) : null;
      }
      selectors.add(new Selector(name, application));
    }
    return selectors;
  }

  static JsonNode rules() {
    return read(RULES, new ObjectMapper(new YAMLFactory()));
  }

  static JsonNode dashboard() {
    return read(DASHBOARD, new ObjectMapper());
  }

  static File root() {
    File dir = new File("").getAbsoluteFile();
    while (dir != null && !new File(dir, "deploy/monitoring").isDirectory()) {
      dir = dir.getParentFile();
    }
    if (dir == null) {
      throw new IllegalStateException("repository root not found");
    }
    return dir;
  }

  private static JsonNode read(String path, ObjectMapper mapper) {
    try {
      return mapper.readTree(new File(root(), path));
    } catch (IOException e) {
      throw new UncheckedIOException(path + " is not valid", e);
    }
  }
}
