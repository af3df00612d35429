package com.classbook.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The topics are declared once, by the Strimzi KafkaTopic resources of
 * deploy/k8s/base/kafka-topics.yaml, and the local broker gets them from there
 * (deploy/local/kafka/CreateTopics.java). These checks keep the two, the docs and the AsyncAPI
 * bindings in step, and the settings in line with ADR 0004: state topics compacted, history topics
 * expiring before the consumers' inboxes forget an event.
 */
class TopicDeclarationsTest {

  private static final Set<String> STATE_TOPICS =
      Set.of(
          Topics.CATALOG_COUNTRIES,
          Topics.CATALOG_PACKAGES,
          Topics.CATALOG_CLASSES,
          Topics.BOOKING_AVAILABILITY);

  /** How long a consumer's inbox remembers a handled event (classbook.inbox.retention). */
  private static final Duration INBOX_RETENTION = Duration.ofDays(30);

  /** What the local broker and the cluster both decide: partitions and topic configs. */
  record Declared(int partitions, Map<String, String> config) {}

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theLocalBrokerGetsTheTopicsTheClusterGets(String overlay) throws Exception {
    Map<String, Declared> cluster = new TreeMap<>();
    for (JsonNode topic : kafkaTopics(overlay)) {
      Map<String, String> config = new TreeMap<>();
      topic
          .at("/spec/config")
          .properties()
          .forEach(e -> config.put(e.getKey(), e.getValue().asText()));
      config.remove("min.insync.replicas");
      cluster.put(
          topic.at("/spec/topicName").asText(),
          new Declared(topic.at("/spec/partitions").asInt(), config));
    }

    Map<String, Declared> local = new TreeMap<>();
    for (JsonNode topic : localPlan()) {
      assertEquals(1, topic.get("replicas").asInt(), "a single local broker: " + topic);
      Map<String, String> config = new TreeMap<>();
      topic.get("config").properties().forEach(e -> config.put(e.getKey(), e.getValue().asText()));
      local.put(topic.get("name").asText(), new Declared(topic.get("partitions").asInt(), config));
    }

    assertEquals(
        cluster, local, "CreateTopics --plan against the rendered " + overlay + " overlay");
  }

  @Test
  void everyTopicIsDeclaredAndStateTopicsAreCompacted() throws Exception {
    Map<String, Map<String, String>> topics = manifestConfigs();
    Set<String> expected = kernelTopics();
    expected.addAll(deadLetterTopics());
    assertEquals(
        expected, topics.keySet(), "the shared kernel's topics and the services' dead letters");

    for (var topic : topics.entrySet()) {
      String name = topic.getKey();
      Map<String, String> config = topic.getValue();
      if (STATE_TOPICS.contains(name)) {
        assertEquals("compact", config.get("cleanup.policy"), name + " carries full states");
        assertTrue(config.containsKey("min.compaction.lag.ms"), name + " min.compaction.lag.ms");
      } else {
        assertEquals("delete", config.get("cleanup.policy"), name + " is a history");
        long retention = Long.parseLong(config.get("retention.ms"));
        long segment = Long.parseLong(config.get("segment.ms"));
        // A segment is deleted once its newest record is older than the retention: an event lives
        // at most retention plus one segment's span, and must be gone before the inboxes forget it.
        assertTrue(
            retention + segment < INBOX_RETENTION.toMillis(),
            name + " keeps events longer than the inboxes remember them");
      }
      assertTrue(config.containsKey("segment.ms"), name + " segment.ms");
    }
  }

  @Test
  void theEventsDocAndTheAsyncApiBindingsSayWhatTheManifestSays() throws Exception {
    Map<String, Map<String, String>> topics = manifestConfigs();

    String doc =
        Files.readString(new File(KustomizeManifestsTest.root(), "docs/events.md").toPath());
    Pattern row =
        Pattern.compile(
            "^\\| `([a-z.0-9]+)` \\| [^|]+ \\| (\\w+) \\| ([^|]+) \\|", Pattern.MULTILINE);
    Matcher rows = row.matcher(doc);
    Map<String, String> documented = new TreeMap<>();
    while (rows.find()) {
      documented.put(rows.group(1), rows.group(2) + " / " + rows.group(3).trim());
    }
    // Dead-letter topics carry no events of the catalogue: the doc names them in a paragraph of
    // their own.
    Map<String, Map<String, String>> deadLetters = new TreeMap<>();
    topics.keySet().stream()
        .filter(name -> name.endsWith(".dead-letters.v1"))
        .toList()
        .forEach(name -> deadLetters.put(name, topics.remove(name)));
    assertEquals(4, deadLetters.size(), "one dead-letter topic per service");
    for (var deadLetter : deadLetters.entrySet()) {
      assertTrue(
          doc.contains("`" + deadLetter.getKey() + "`"),
          deadLetter.getKey() + " in docs/events.md");
      assertEquals(
          "delete / 28 days", "delete / " + kept(deadLetter.getValue()), deadLetter.getKey());
    }
    Map<String, String> expected = new TreeMap<>();
    topics.forEach(
        (name, config) -> expected.put(name, config.get("cleanup.policy") + " / " + kept(config)));
    assertEquals(expected, documented, "docs/events.md: topic | producer | cleanup | kept");

    JsonNode asyncApi =
        new ObjectMapper(new YAMLFactory())
            .readTree(new File(KustomizeManifestsTest.root(), "docs/asyncapi.yaml"));
    for (var topic : topics.entrySet()) {
      JsonNode binding =
          asyncApi.path("channels").path(topic.getKey()).at("/bindings/kafka/topicConfiguration");
      Map<String, String> config = topic.getValue();
      assertEquals(
          List.of(config.get("cleanup.policy")),
          texts(binding.path("cleanup.policy")),
          topic.getKey() + " cleanup.policy binding");
      assertEquals(
          config.getOrDefault("retention.ms", ""),
          binding.path("retention.ms").asText(""),
          topic.getKey() + " retention.ms binding");
    }
  }

  /** The "kept" column of docs/events.md for a topic's config. */
  private static String kept(Map<String, String> config) {
    if ("delete".equals(config.get("cleanup.policy"))) {
      return days(config.get("retention.ms")) + " days";
    }
    long lag = Long.parseLong(config.get("min.compaction.lag.ms"));
    return lag == 0
        ? "last state per key"
        : "last state per key; every change " + days(config.get("min.compaction.lag.ms")) + " days";
  }

  private static long days(String millis) {
    return Duration.ofMillis(Long.parseLong(millis)).toDays();
  }

  private static Map<String, Map<String, String>> manifestConfigs() throws Exception {
    Map<String, Map<String, String>> topics = new TreeMap<>();
    for (JsonNode topic : kafkaTopics("production")) {
      Map<String, String> config = new TreeMap<>();
      topic
          .at("/spec/config")
          .properties()
          .forEach(e -> config.put(e.getKey(), e.getValue().asText()));
      topics.put(topic.at("/spec/topicName").asText(), config);
    }
    return topics;
  }

  private static Set<String> kernelTopics() throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (var field : Topics.class.getFields()) {
      names.add((String) field.get(null));
    }
    return names;
  }

  /**
   * The dead-letter topic each service's consumer policy writes to (its application.properties).
   */
  private static Set<String> deadLetterTopics() throws Exception {
    Set<String> names = new TreeSet<>();
    for (String service : List.of("identity", "catalog", "booking", "waitlist")) {
      java.util.Properties properties = new java.util.Properties();
      try (var in =
          Files.newInputStream(
              KustomizeManifestsTest.root()
                  .toPath()
                  .resolve(service + "-service/src/main/resources/application.properties"))) {
        properties.load(in);
      }
      names.add(properties.getProperty("classbook.consumer.dead-letter-topic"));
    }
    return names;
  }

  private static List<JsonNode> kafkaTopics(String overlay) throws Exception {
    return KustomizeManifestsTest.render(overlay).stream()
        .filter(d -> "KafkaTopic".equals(d.path("kind").asText()))
        .toList();
  }

  /**
   * What deploy/local/kafka/CreateTopics.java declares on a local broker (its --plan, no broker).
   */
  private static List<JsonNode> localPlan() throws Exception {
    File root = KustomizeManifestsTest.root();
    String java = new File(System.getProperty("java.home"), "bin/java").getPath();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                new File(root, "deploy/local/kafka/CreateTopics.java").getPath(),
                "--plan",
                new File(root, "deploy/k8s/base/kafka-topics.yaml").getPath())
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "CreateTopics --plan timed out");
    assertEquals(0, process.exitValue(), "CreateTopics --plan failed: " + err);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> topics = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        topics.add(json.readTree(line));
      }
    }
    return topics;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
