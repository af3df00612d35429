import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the suite's topics if missing; state topics are compacted. Run with the broker jars. */
public class CreateTopics {
  public static void main(String[] args) throws Exception {
    Map<String, Boolean> topics = new java.util.LinkedHashMap<>();
    topics.put("identity.users.v1", false);
    topics.put("catalog.countries.v1", true);
    topics.put("catalog.packages.v1", true);
    topics.put("catalog.classes.v1", false);
    topics.put("booking.wallet.v1", false);
    topics.put("booking.bookings.v1", false);
    topics.put("booking.availability.v1", true);
    topics.put("waitlist.entries.v1", false);
    // Dead letters of each service's consumers (docs/platform.md, "Consumer failures").
    for (String service : List.of("identity", "catalog", "booking", "waitlist")) {
      topics.put(service + ".dead-letters.v1", false);
    }
    Properties props = new Properties();
    props.put("bootstrap.servers", args[0]);
    boolean reset = args.length > 1 && args[1].equals("--reset");
    try (Admin admin = Admin.create(props)) {
      if (reset) {
        // Start from empty topics (deletion is asynchronous: wait until the broker forgot them).
        Set<String> present = admin.listTopics().names().get();
        List<String> doomed = topics.keySet().stream().filter(present::contains).toList();
        admin.deleteTopics(doomed).all().get();
        long deadline = System.currentTimeMillis() + 60_000;
        while (admin.listTopics().names().get().stream().anyMatch(doomed::contains)) {
          if (System.currentTimeMillis() > deadline) {
            throw new IllegalStateException("topics not deleted within 60 s");
          }
          Thread.sleep(200);
        }
      }
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      topics.forEach((name, compacted) -> {
        if (!existing.contains(name)) {
          Map<String, String> configs = new java.util.HashMap<>();
          configs.put("cleanup.policy", compacted ? "compact" : "delete");
          if (name.endsWith(".dead-letters.v1")) {
            configs.put("retention.ms", "2419200000");
            configs.put("segment.ms", "86400000");
          }
          missing.add(new NewTopic(name, 3, (short) 1).configs(configs));
        }
      });
      createWithRetry(admin, missing);
      topics.keySet().forEach(System.out::println);
    }
  }

  private static void createWithRetry(Admin admin, List<NewTopic> missing) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      try {
        admin.createTopics(missing).all().get();
        return;
      } catch (java.util.concurrent.ExecutionException e) {
        boolean exists = e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException;
        if (exists && System.currentTimeMillis() > deadline) {
          throw e;
        }
        if (!exists) {
          throw e;
        }
        // A topic still being deleted reports "exists": try again shortly.
        Set<String> present = admin.listTopics().names().get();
        missing = missing.stream().filter(t -> !present.contains(t.name())).toList();
        Thread.sleep(200);
      }
    }
  }
}
