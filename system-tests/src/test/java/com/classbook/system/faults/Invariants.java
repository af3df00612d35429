package com.classbook.system.faults;

import com.classbook.system.support.Databases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The SPEC's invariants read straight from the suite's databases (docs/booking.md, "Invariants
 * checked by the tests from MySQL"), over every class, package, booking and entry of the suite, not
 * only those of one test. Each check returns its violations, one line each; none is the expected
 * answer.
 */
final class Invariants {
  private static final String BOOKING = Databases.schema("booking");
  private static final String WAITLIST = Databases.schema("waitlist");
  private static final List<String> SERVICES =
      List.of("identity", "catalog", "booking", "waitlist");

  private Invariants() {}

  /**
   * I1-I4 as one consistent snapshot of every schema: they hold in every committed state, so they
   * must hold at any moment, also in the middle of a fault.
   */
  static List<String> atEveryCommit() {
    List<String> violations = new ArrayList<>();
    try (Connection db = Databases.connect();
        Statement sql = db.createStatement()) {
      sql.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      sql.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
      seatsPerClass(sql, violations);
      creditsPerPackage(sql, violations);
      oneActivePerMemberAndClass(sql, violations);
      sql.execute("COMMIT");
    } catch (SQLException e) {
      throw new IllegalStateException("reading the invariants failed", e);
    }
    return violations;
  }

  /** I1 (no oversell) and I2 (free + reserved + seated = capacity) per class of booking-service. */
  private static void seatsPerClass(Statement sql, List<String> violations) throws SQLException {
    try (ResultSet row =
        sql.executeQuery(
            "SELECT c.id, c.capacity, c.free_slots, c.reserved_slots, c.is_cancelled,"
                + " COALESCE(b.confirmed, 0) AS confirmed, COALESCE(b.seated, 0) AS seated,"
                + " COALESCE(b.active, 0) AS active, COALESCE(r.reserved, 0) AS reserved_rows"
                + " FROM "
                + BOOKING
                + ".class_inventory c LEFT JOIN (SELECT class_schedule_id,"
                + "   SUM(status IN ('CONFIRMED', 'CHECKED_IN')) AS confirmed,"
                + "   SUM(status IN ('CONFIRMED', 'CHECKED_IN', 'NO_SHOW')) AS seated,"
                + "   SUM(status IN ('CONFIRMED', 'CHECKED_IN', 'WAITLISTED')) AS active"
                + "   FROM "
                + BOOKING
                + ".bookings GROUP BY class_schedule_id) b ON b.class_schedule_id = c.id"
                + " LEFT JOIN (SELECT class_id, COUNT(*) AS reserved FROM "
                + BOOKING
                + ".reserved_slot WHERE state = 'RESERVED' GROUP BY class_id) r ON r.class_id = c.id")) {
      while (row.next()) {
        String id = row.getString("id");
        int capacity = row.getInt("capacity");
        int free = row.getInt("free_slots");
        int reserved = row.getInt("reserved_slots");
        int confirmed = row.getInt("confirmed");
        int seated = row.getInt("seated");
        int reservedRows = row.getInt("reserved_rows");
        if (confirmed > capacity) {
          violations.add(
              "I1 class "
                  + id
                  + ": "
                  + confirmed
                  + " confirmed or checked in > capacity "
                  + capacity);
        }
        if (row.getBoolean("is_cancelled")) {
          int active = row.getInt("active");
          if (free != 0 || reserved != 0 || active != 0 || reservedRows != 0) {
            violations.add(
                String.format(
                    "I2 cancelled class %s: free %d, reserved %d (%d rows), %d active bookings",
                    id, free, reserved, reservedRows, active));
          }
        } else if (free + reserved + seated != capacity || reserved != reservedRows) {
          violations.add(
              String.format(
                  "I2 class %s: free %d + reserved %d (%d RESERVED rows) + seated %d != capacity %d",
                  id, free, reserved, reservedRows, seated, capacity));
        }
      }
    }
  }

  /** I3: credits = remaining + credits of the package's unrefunded bookings; remaining >= 0. */
  private static void creditsPerPackage(Statement sql, List<String> violations)
      throws SQLException {
    try (ResultSet row =
        sql.executeQuery(
            "SELECT p.id, p.credits, p.remaining_credits,"
                + " COALESCE(SUM(CASE WHEN NOT b.is_refunded THEN b.credits_used END), 0) AS used"
                + " FROM "
                + BOOKING
                + ".user_packages p LEFT JOIN "
                + BOOKING
                + ".bookings b ON b.user_package_id = p.id"
                + " GROUP BY p.id, p.credits, p.remaining_credits"
                + " HAVING p.credits <> p.remaining_credits + used OR p.remaining_credits < 0")) {
      while (row.next()) {
        violations.add(
            String.format(
                "I3 package %s: credits %d != remaining %d + used by unrefunded bookings %d",
                row.getString("id"),
                row.getInt("credits"),
                row.getInt("remaining_credits"),
                row.getInt("used")));
      }
    }
  }

  /** I4: at most one active booking (or hold) and one waiting entry per member and class. */
  private static void oneActivePerMemberAndClass(Statement sql, List<String> violations)
      throws SQLException {
    try (ResultSet row =
        sql.executeQuery(
            "SELECT user_id, class_schedule_id, COUNT(*) AS n FROM "
                + BOOKING
                + ".bookings WHERE status IN ('CONFIRMED', 'CHECKED_IN', 'WAITLISTED')"
                + " GROUP BY user_id, class_schedule_id HAVING COUNT(*) > 1")) {
      while (row.next()) {
        violations.add(
            String.format(
                "I4 member %s has %d active bookings of class %s",
                row.getString(1), row.getInt(3), row.getString(2)));
      }
    }
    try (ResultSet row =
        sql.executeQuery(
            "SELECT user_id, class_schedule_id, COUNT(*) AS n FROM "
                + WAITLIST
                + ".waitlist_entry WHERE status = 'WAITING'"
                + " GROUP BY user_id, class_schedule_id HAVING COUNT(*) > 1")) {
      while (row.next()) {
        violations.add(
            String.format(
                "I4 member %s has %d waiting entries for class %s",
                row.getString(1), row.getInt(3), row.getString(2)));
      }
    }
  }

  /**
   * What holds once the services have caught up after the workload stopped: every WAITLISTED hold
   * has its WAITING entry and every WAITING entry its hold, no seat of an upcoming class stays
   * reserved and none is free while members wait for it (no undersell), and every outbox is
   * drained.
   */
  static List<String> onceSettled() {
    List<String> violations = new ArrayList<>();
    try (Connection db = Databases.connect();
        Statement sql = db.createStatement()) {
      rows(
          sql,
          "SELECT b.id, b.class_schedule_id FROM "
              + BOOKING
              + ".bookings b LEFT JOIN "
              + WAITLIST
              + ".waitlist_entry e ON e.id = b.hold_request_id AND e.status = 'WAITING'"
              + " WHERE b.status = 'WAITLISTED' AND e.id IS NULL",
          r -> "hold " + r.getString(1) + " of class " + r.getString(2) + " has no waiting entry",
          violations);
      rows(
          sql,
          "SELECT e.id, e.class_schedule_id FROM "
              + WAITLIST
              + ".waitlist_entry e LEFT JOIN "
              + BOOKING
              + ".bookings b ON b.id = e.booking_id AND b.status = 'WAITLISTED'"
              + " WHERE e.status = 'WAITING' AND b.id IS NULL",
          r -> "waiting entry " + r.getString(1) + " of class " + r.getString(2) + " has no hold",
          violations);
      rows(
          sql,
          "SELECT c.id, c.free_slots, c.reserved_slots, COUNT(b.id) FROM "
              + BOOKING
              + ".class_inventory c LEFT JOIN "
              + BOOKING
              + ".bookings b ON b.class_schedule_id = c.id AND b.status = 'WAITLISTED'"
              + " WHERE NOT c.is_cancelled AND c.start_time > UTC_TIMESTAMP(6)"
              + " GROUP BY c.id, c.free_slots, c.reserved_slots"
              + " HAVING c.reserved_slots > 0 OR (c.free_slots > 0 AND COUNT(b.id) > 0)",
          r ->
              String.format(
                  "I1 undersell: class %s has %d free and %d reserved seats while %d holds wait",
                  r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4)),
          violations);
      for (String service : SERVICES) {
        rows(
            sql,
            "SELECT COUNT(*), MIN(created_at) FROM "
                + Databases.schema(service)
                + ".outbox_event WHERE published_at IS NULL HAVING COUNT(*) > 0",
            r ->
                service
                    + " outbox: "
                    + r.getInt(1)
                    + " events unpublished, the oldest from "
                    + r.getString(2),
            violations);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the invariants failed", e);
    }
    return violations;
  }

  /**
   * I5: no entry was promoted while an entry that joined before it still waited. An earlier entry
   * that ended (skipped, left, refunded) before the later one's promotion is fine.
   */
  static List<String> promotionsInJoinOrder() {
    List<String> violations = new ArrayList<>();
    try (Connection db = Databases.connect();
        Statement sql = db.createStatement()) {
      rows(
          sql,
          "SELECT later.id, earlier.id, later.class_schedule_id FROM "
              + WAITLIST
              + ".waitlist_entry later JOIN "
              + WAITLIST
              + ".waitlist_entry earlier ON earlier.class_schedule_id = later.class_schedule_id"
              + " AND earlier.join_seq < later.join_seq"
              + " WHERE later.status = 'PROMOTED' AND (earlier.status = 'WAITING'"
              + "   OR COALESCE(earlier.promoted_at, earlier.ended_at) > later.promoted_at)",
          r ->
              String.format(
                  "I5 class %s: entry %s promoted while %s, which joined before it, waited",
                  r.getString(3), r.getString(1), r.getString(2)),
          violations);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the invariants failed", e);
    }
    return violations;
  }

  /**
   * Every consumer group of the services has committed the end of every partition it reads: no
   * consumer stopped, all events were handled.
   */
  static List<String> consumersCaughtUp() {
    List<String> violations = new ArrayList<>();
    Properties props = new Properties();
    props.put("bootstrap.servers", System.getProperty("kafka.bootstrap", "127.0.0.1:9092"));
    props.put("request.timeout.ms", "10000");
    props.put("default.api.timeout.ms", "15000");
    try (Admin admin = Admin.create(props)) {
      for (String group :
          List.of("identity-service", "catalog-service", "booking-service", "waitlist-service")) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        ConsumerGroupDescription description =
            admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
        description.members().forEach(m -> partitions.addAll(m.assignment().topicPartitions()));
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        for (TopicPartition partition : partitions) {
          OffsetAndMetadata at = committed.get(partition);
          long end = ends.get(partition).offset();
          long position = at == null ? 0 : at.offset();
          if (position < end) {
            violations.add(
                String.format(
                    "consumer group %s is %d events behind on %s (%d members)",
                    group, end - position, partition, description.members().size()));
          }
        }
      }
    } catch (ExecutionException e) {
      violations.add("consumer groups could not be read: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return violations;
  }

  private interface RowText {
    String of(ResultSet row) throws SQLException;
  }

  private static void rows(Statement sql, String query, RowText text, List<String> into)
      throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      while (row.next()) {
        into.add(text.of(row));
      }
    }
  }
}
