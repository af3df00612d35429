import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lists and replays the dead letters of a service (docs/platform.md, "Consumer failures"; docs/runbook.md). Run with
 * the broker jars, as deploy/local/dead-letters.sh does:
 *
 * <pre>
 *   DeadLetters BOOTSTRAP list   TOPIC
 *   DeadLetters BOOTSTRAP replay TOPIC PARTITION:OFFSET...
 * </pre>
 *
 * A replay sends the original record (key, value, headers without the classbook_dlq_* ones) to the topic it came
 * from, where every consumer group of that topic reads it again; the inboxes make it a no-op for the consumers that
 * applied it before. The dead letter stays where it is (the topic is a log, kept 28 days).
 */
public class DeadLetters {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"");

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !Set.of("list", "replay").contains(args[1])) {
      System.err.println("usage: DeadLetters BOOTSTRAP list TOPIC | replay TOPIC PARTITION:OFFSET...");
      System.exit(2);
    }
    String bootstrap = args[0];
    String topic = args[2];
    List<ConsumerRecord<String, String>> letters = readAll(bootstrap, topic);
    if (args[1].equals("list")) {
      list(letters);
      return;
    }
    Set<String> wanted = new TreeSet<>(List.of(args).subList(3, args.length));
    if (wanted.isEmpty()) {
      System.err.println("name the dead letters to replay as PARTITION:OFFSET (see list)");
      System.exit(2);
    }
    replay(bootstrap, letters, wanted);
  }

  private static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrap);
    props.put("enable.auto.commit", "false");
    props.put("key.deserializer", StringDeserializer.class.getName());
    props.put("value.deserializer", StringDeserializer.class.getName());
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      Instant deadline = Instant.now().plusSeconds(60);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
          && Instant.now().isBefore(deadline)) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    }
    return records;
  }

  private static void list(List<ConsumerRecord<String, String>> letters) {
    if (letters.isEmpty()) {
      System.out.println("no dead letters");
      return;
    }
    for (ConsumerRecord<String, String> letter : letters) {
      System.out.printf(
          "%d:%d  %s  consumer=%s reason=%s attempts=%s  from %s-%s@%s  key=%s  event=%s %s%n    error: %s%n",
          letter.partition(),
          letter.offset(),
          header(letter, "classbook_dlq_failed_at"),
          header(letter, "classbook_dlq_consumer"),
          header(letter, "classbook_dlq_reason"),
          header(letter, "classbook_dlq_attempts"),
          header(letter, "classbook_dlq_topic"),
          header(letter, "classbook_dlq_partition"),
          header(letter, "classbook_dlq_offset"),
          letter.key(),
          find(ID, letter.value()),
          find(TYPE, letter.value()),
          header(letter, "classbook_dlq_error"));
    }
  }

  private static void replay(
      String bootstrap, List<ConsumerRecord<String, String>> letters, Set<String> wanted)
      throws Exception {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrap);
    props.put("acks", "all");
    props.put("enable.idempotence", "true");
    props.put("key.serializer", StringSerializer.class.getName());
    props.put("value.serializer", StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      for (ConsumerRecord<String, String> letter : letters) {
        String name = letter.partition() + ":" + letter.offset();
        if (!wanted.remove(name)) {
          continue;
        }
        String origin = header(letter, "classbook_dlq_topic");
        RecordHeaders headers = new RecordHeaders();
        for (Header h : letter.headers()) {
          if (!h.key().startsWith("classbook_dlq_")) {
            headers.add(h.key(), h.value());
          }
        }
        RecordMetadata sent =
            producer
                .send(new ProducerRecord<>(origin, null, letter.key(), letter.value(), headers))
                .get();
        System.out.printf(
            "replayed %s (consumer %s) to %s-%d@%d%n",
            name, header(letter, "classbook_dlq_consumer"), sent.topic(), sent.partition(), sent.offset());
      }
    }
    if (!wanted.isEmpty()) {
      System.err.println("not found: " + wanted);
      System.exit(1);
    }
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null
        ? "-"
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String find(Pattern pattern, String value) {
    if (value == null) {
      return "-";
    }
    Matcher m = pattern.matcher(value);
    return m.find() ? m.group(1) : "-";
  }
}
