import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Declares the suite's topics on a local broker exactly as the Strimzi KafkaTopic resources of
 * deploy/k8s/base/kafka-topics.yaml declare them for Kubernetes: that file is the one declaration.
 * Names, partitions and topic configs (cleanup policy, retention, ...) are taken from it; only what
 * a single broker cannot have differs: replication factor 1 and no min.insync.replicas.
 *
 * <p>Missing topics are created. Existing topics get the declared configs (a config the declaration
 * does not name is reset to the broker's default), so a broker that is older than a change of the
 * declaration follows it. Partitions are never added to an existing topic: the key of an event
 * decides its partition, and more partitions would put an aggregate's next events on another
 * partition than its earlier ones. Running it again changes nothing.
 *
 * <p>Run with the broker jars on the class path (they bring Jackson and SnakeYAML):
 *
 * <pre>
 *   java -cp "libs/*" CreateTopics.java BOOTSTRAP kafka-topics.yaml [--reset]
 *   java -cp "libs/*" CreateTopics.java --plan kafka-topics.yaml
 * </pre>
 *
 * --reset deletes the declared topics first and creates them empty; --plan only prints the local
 * declaration, one JSON object per topic, without a broker (TopicDeclarationsTest reads it).
 */
public class CreateTopics {

  /** The local declaration of one topic. */
  record Topic(String name, int partitions, short replicas, Map<String, String> config) {}

  /** Topic configs that only make sense with several brokers; a single broker keeps its default. */
  static final Set<String> REPLICATION_CONFIGS = Set.of("min.insync.replicas");

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--plan")) {
      ObjectMapper json = new ObjectMapper();
      for (Topic topic : declared(new File(args[1]))) {
        ObjectNode line = json.createObjectNode();
        line.put("name", topic.name());
        line.put("partitions", topic.partitions());
        line.put("replicas", topic.replicas());
        line.set("config", json.valueToTree(topic.config()));
        System.out.println(json.writeValueAsString(line));
      }
      return;
    }
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: CreateTopics BOOTSTRAP kafka-topics.yaml [--reset] | --plan kafka-topics.yaml");
    }
    List<Topic> topics = declared(new File(args[1]));
    boolean reset = args.length > 2 && args[2].equals("--reset");
    Properties props = new Properties();
    props.put("bootstrap.servers", args[0]);
    try (Admin admin = Admin.create(props)) {
      if (reset) {
        deleteAll(admin, topics);
      }
      Set<String> existing = admin.listTopics().names().get();
      List<Topic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
      List<Topic> present = topics.stream().filter(t -> existing.contains(t.name())).toList();
      align(admin, present);
      createWithRetry(admin, missing);
      System.out.println("topics: " + String.join(" ", topics.stream().map(Topic::name).toList()));
    }
  }

  /** The KafkaTopic resources of the manifest, as a single local broker holds them. */
  static List<Topic> declared(File manifest) throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Topic> topics = new ArrayList<>();
    try (var docs = yaml.readerFor(JsonNode.class).<JsonNode>readValues(manifest)) {
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc == null || !"KafkaTopic".equals(doc.path("kind").asText())) {
          continue;
        }
        JsonNode spec = doc.path("spec");
        String name = spec.path("topicName").asText(doc.at("/metadata/name").asText());
        if (!spec.path("partitions").canConvertToInt()) {
          throw new IllegalStateException(name + ": no partitions in " + manifest);
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : spec.path("config").properties()) {
          if (!REPLICATION_CONFIGS.contains(e.getKey())) {
            config.put(e.getKey(), e.getValue().asText());
          }
        }
        topics.add(new Topic(name, spec.path("partitions").asInt(), (short) 1, config));
      }
    }
    if (topics.isEmpty()) {
      throw new IllegalStateException("no KafkaTopic in " + manifest);
    }
    return topics;
  }

  /** Sets the declared configs of existing topics; reports what it changed. */
  private static void align(Admin admin, List<Topic> present) throws Exception {
    if (present.isEmpty()) {
      return;
    }
    List<ConfigResource> resources =
        present.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList();
    Map<ConfigResource, Config> current = admin.describeConfigs(resources).all().get();
    Map<String, TopicDescription> descriptions =
        admin.describeTopics(present.stream().map(Topic::name).toList()).allTopicNames().get();
    Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
    List<String> otherPartitions = new ArrayList<>();
    for (Topic topic : present) {
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
      List<AlterConfigOp> ops = new ArrayList<>();
      List<String> said = new ArrayList<>();
      Config config = current.get(resource);
      topic
          .config()
          .forEach(
              (key, value) -> {
                ConfigEntry entry = config.get(key);
                if (entry == null || !value.equals(entry.value())) {
                  ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET));
                  said.add(
                      key
                          + "="
                          + value
                          + " (was "
                          + (entry == null ? "unset" : entry.value())
                          + ")");
                }
              });
      for (ConfigEntry entry : config.entries()) {
        if (entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
            && !topic.config().containsKey(entry.name())) {
          ops.add(new AlterConfigOp(entry, AlterConfigOp.OpType.DELETE));
          said.add(entry.name() + " back to the broker default (was " + entry.value() + ")");
        }
      }
      if (!ops.isEmpty()) {
        changes.put(resource, ops);
        System.out.println("altered " + topic.name() + ": " + String.join(", ", said));
      }
      int partitions = descriptions.get(topic.name()).partitions().size();
      if (partitions != topic.partitions()) {
        otherPartitions.add(topic.name() + " " + partitions);
      }
    }
    if (!changes.isEmpty()) {
      admin.incrementalAlterConfigs(changes).all().get();
    }
    if (!otherPartitions.isEmpty()) {
      System.out.println(
          "partitions kept (not as declared): "
              + String.join(", ", otherPartitions)
              + "; 'infra.sh reset-topics' or an empty broker gives the declared ones");
    }
  }

  /**
   * Deletes the declared topics and waits until the broker forgot them (deletion is asynchronous).
   */
  private static void deleteAll(Admin admin, List<Topic> topics) throws Exception {
    Set<String> present = admin.listTopics().names().get();
    List<String> doomed = topics.stream().map(Topic::name).filter(present::contains).toList();
    admin.deleteTopics(doomed).all().get();
    long deadline = System.currentTimeMillis() + 60_000;
    while (admin.listTopics().names().get().stream().anyMatch(doomed::contains)) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("topics not deleted within 60 s");
      }
      Thread.sleep(200);
    }
  }

  private static void createWithRetry(Admin admin, List<Topic> topics) throws Exception {
    List<NewTopic> missing =
        topics.stream()
            .map(t -> new NewTopic(t.name(), t.partitions(), t.replicas()).configs(t.config()))
            .toList();
    long deadline = System.currentTimeMillis() + 60_000;
    while (!missing.isEmpty()) {
      try {
        admin.createTopics(missing).all().get();
        break;
      } catch (ExecutionException e) {
        // A topic still being deleted reports "exists": try again shortly.
        if (!(e.getCause() instanceof TopicExistsException)
            || System.currentTimeMillis() > deadline) {
          throw e;
        }
        Set<String> present = admin.listTopics().names().get();
        missing = missing.stream().filter(t -> !present.contains(t.name())).toList();
        Thread.sleep(200);
      }
    }
    topics.forEach(
        t ->
            System.out.println(
                "created " + t.name() + " (" + t.partitions() + " partitions) " + t.config()));
  }
}
