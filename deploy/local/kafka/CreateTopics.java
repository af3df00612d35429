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
    Properties props = new Properties();
    props.put("bootstrap.servers", args[0]);
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      topics.forEach((name, compacted) -> {
        if (!existing.contains(name)) {
          missing.add(new NewTopic(name, 3, (short) 1)
              .configs(Map.of("cleanup.policy", compacted ? "compact" : "delete")));
        }
      });
      admin.createTopics(missing).all().get();
      topics.keySet().forEach(System.out::println);
    }
  }
}
