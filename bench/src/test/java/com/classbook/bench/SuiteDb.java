package com.classbook.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Read-only looks into the suite's booking and waitlist schemas with the bench user (bench.sh
 * grants it SELECT there): waiting for the replicas of new bench classes, the outbox backlog while
 * the load runs, the relay lag of the events of the run, and the seat accounting of the bench
 * classes afterwards. It never writes to the suite's schemas.
 */
final class SuiteDb {

  private final BenchConfig cfg;
  private volatile boolean sampling;
  private Thread sampler;
  private final Recorder backlogAge = Recorder.of(Summary.BACKLOG);
  private volatile long maxPending;

  SuiteDb(BenchConfig cfg) {
    this.cfg = cfg;
  }

  /** Waits until the booking (and waitlist) replicas know every new class and the package. */
  void awaitReplicas(
      Collection<String> bookingClasses,
      Collection<String> waitlistClasses,
      String packageId,
      Duration patience)
      throws SQLException {
    Instant deadline = Instant.now().plus(patience);
    try (Connection c = Ceilings.connect(cfg, cfg.bookingSchema)) {
      awaitIds(c, cfg.bookingSchema + ".class_inventory", bookingClasses, deadline);
      awaitIds(c, cfg.bookingSchema + ".package_replica", List.of(packageId), deadline);
      awaitIds(c, cfg.waitlistSchema + ".class_schedule_replica", waitlistClasses, deadline);
    }
  }

  private static void awaitIds(Connection c, String table, Collection<String> ids, Instant deadline)
      throws SQLException {
    List<String> all = new ArrayList<>(ids);
    int from = 0;
    while (from < all.size()) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 200));
      String sql =
          "SELECT COUNT(*) FROM "
              + table
              + " WHERE id IN ("
              + String.join(",", chunk.stream().map(x -> "?").toList())
              + ")";
      while (true) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getInt(1) == chunk.size()) {
              break;
            }
          }
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              table + " did not receive the bench rows in time: are the Kafka consumers running?");
        }
        SuiteApi.pause(200);
      }
      from += chunk.size();
    }
  }

  /** Samples the outbox backlog of booking-service every 250 ms until {@link #stopSampling}. */
  void startSampling() {
    sampling = true;
    sampler =
        new Thread(
            () -> {
              String sql =
                  "SELECT COUNT(*), TIMESTAMPDIFF(MICROSECOND, MIN(created_at), UTC_TIMESTAMP(6))"
                      + " FROM outbox_event WHERE published_at IS NULL";
              try (Connection c = Ceilings.connect(cfg, cfg.bookingSchema)) {
                c.setAutoCommit(true);
                while (sampling) {
                  try (PreparedStatement ps = c.prepareStatement(sql);
                      ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long pending = rs.getLong(1);
                    maxPending = Math.max(maxPending, pending);
                    long age = pending == 0 ? 0 : Math.max(0, rs.getLong(2));
                    backlogAge.record(System.currentTimeMillis(), age, null);
                  }
                  Thread.sleep(250);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (SQLException e) {
                System.out.println("    outbox sampling stopped: " + e.getMessage());
              }
            },
            "outbox-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  void stopSampling() throws InterruptedException {
    sampling = false;
    if (sampler != null) {
      sampler.join(2000);
    }
  }

  record Drain(long pendingAtStart, long pendingAtEnd, double seconds) {
    String describe(String when) {
      if (pendingAtStart == 0) {
        return "booking-service outbox empty " + when;
      }
      double rate = seconds > 0 ? (pendingAtStart - pendingAtEnd) / seconds : 0;
      return pendingAtEnd == 0
          ? String.format(
              java.util.Locale.ROOT,
              "booking-service outbox: %d events pending %s, drained in %.1f s (%.0f events/s)",
              pendingAtStart,
              when,
              seconds,
              rate)
          : String.format(
              java.util.Locale.ROOT,
              "booking-service outbox: %d events pending %s, %d still pending %.0f s later"
                  + " (relay drains %.0f events/s); they are sent later",
              pendingAtStart,
              when,
              pendingAtEnd,
              seconds,
              rate);
    }
  }

  /** Waits up to {@code seconds} for booking-service's outbox to be sent, showing progress. */
  Drain drain(int seconds) throws SQLException, InterruptedException {
    String sql = "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL";
    try (Connection c = Ceilings.connect(cfg, cfg.bookingSchema)) {
      c.setAutoCommit(true);
      long start = System.nanoTime();
      long first = -1;
      long pending;
      long lastPrint = 0;
      while (true) {
        try (PreparedStatement ps = c.prepareStatement(sql);
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          pending = rs.getLong(1);
        }
        if (first < 0) {
          first = pending;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (pending == 0 || elapsed >= seconds) {
          return new Drain(first, pending, elapsed);
        }
        if (elapsed - lastPrint >= 5) {
          lastPrint = (long) elapsed;
          System.out.printf(
              "    waiting for the outbox to drain: %d events pending (%.0f s of at most %d s)%n",
              pending, elapsed, seconds);
        }
        Thread.sleep(500);
      }
    }
  }

  long maxPending() {
    return maxPending;
  }

  /**
   * The relay lag (commit of the state change until the event is published to Kafka) of every
   * booking-service event created in the window; events still unpublished count as errors.
   */
  void relayLag(long fromMs, long toMs, Recorder into) throws SQLException {
    String sql =
        "SELECT TIMESTAMPDIFF(MICROSECOND, created_at, published_at) FROM outbox_event"
            + " WHERE created_at >= ? AND created_at <= ?";
    try (Connection c = Ceilings.connect(cfg, cfg.bookingSchema);
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, utc(fromMs));
      ps.setObject(2, utc(toMs));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long micros = rs.getLong(1);
          if (rs.wasNull()) {
            into.record(toMs, -1, "not published at the end");
          } else {
            into.record(toMs, micros, null);
          }
        }
      }
    }
  }

  record Accounting(int classes, int oversold, int mismatched, List<String> details) {}

  /**
   * Seat accounting of the bench classes (I1, I2): seated bookings never exceed capacity, and free
   * + reserved + seated = capacity.
   */
  Accounting accounting(Collection<String> classIds) throws SQLException {
    int oversold = 0;
    int mismatched = 0;
    int classes = 0;
    List<String> details = new ArrayList<>();
    String sql =
        "SELECT c.id, c.capacity, c.free_slots, c.reserved_slots, (SELECT COUNT(*) FROM bookings b"
            + " WHERE b.class_schedule_id = c.id AND b.status IN ('CONFIRMED', 'CHECKED_IN'))"
            + " FROM class_inventory c WHERE c.id = ?";
    try (Connection c = Ceilings.connect(cfg, cfg.bookingSchema);
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (String id : classIds) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            continue;
          }
          classes++;
          int capacity = rs.getInt(2);
          int free = rs.getInt(3);
          int reserved = rs.getInt(4);
          int seated = rs.getInt(5);
          if (seated > capacity) {
            oversold++;
            details.add(id + " oversold: " + seated + " seated, capacity " + capacity);
          }
          if (free + reserved + seated != capacity) {
            mismatched++;
            details.add(
                id
                    + " free "
                    + free
                    + " + reserved "
                    + reserved
                    + " + seated "
                    + seated
                    + " != capacity "
                    + capacity);
          }
        }
      }
    }
    return new Accounting(classes, oversold, mismatched, details);
  }

  private static LocalDateTime utc(long epochMs) {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMs), ZoneOffset.UTC);
  }
}
