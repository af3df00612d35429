package com.classbook.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.redisson.Redisson;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * What this machine can do at most for the building blocks of the hot paths, measured against the
 * suite's own Redis and MariaDB with the booking scenario's concurrency: an empty Redisson
 * lock/unlock cycle on one key, a minimal guarded UPDATE in its own transaction on a bench-only
 * table, and both combined (lock, update, commit, unlock) as booking a hot class does at least.
 * The nginx ceiling is a Gatling scenario of the run ({@code /healthz}).
 */
final class Ceilings {

  static final String LOCK = "ceiling: redis lock/unlock";
  static final String UPDATE = "ceiling: guarded update";
  static final String LOCK_UPDATE = "ceiling: lock+update";

  interface Op {
    void run(int thread) throws Exception;
  }

  private final BenchConfig cfg;

  Ceilings(BenchConfig cfg) {
    this.cfg = cfg;
  }

  void measureAll() throws Exception {
    Config config = new Config();
    config
        .useSingleServer()
        .setAddress(cfg.redisUrl)
        .setConnectionPoolSize(Math.max(8, cfg.concurrency * 2))
        .setConnectionMinimumIdleSize(Math.max(4, cfg.concurrency))
        .setTimeout(3000);
    RedissonClient redis = Redisson.create(config);
    List<Connection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < cfg.concurrency; i++) {
        Connection c =
            DriverManager.getConnection(
                cfg.jdbcUrl(cfg.benchSchema), cfg.benchDbUser, cfg.benchDbPassword);
        c.setAutoCommit(false);
        connections.add(c);
      }
      resetRows(connections.get(0), cfg.spreadClasses);
      List<PreparedStatement> updates = new ArrayList<>();
      for (Connection c : connections) {
        updates.add(c.prepareStatement("UPDATE slot SET n = n - 1 WHERE id = ? AND n > 0"));
      }
      String key = "bench:ceiling:lock:" + cfg.runId;

      run(
          LOCK,
          t -> {
            RLock lock = redis.getLock(key);
            lock.lock(3, TimeUnit.SECONDS);
            lock.unlock();
          });
      run(
          UPDATE,
          t -> {
            // Rows 1..N stand for the spread scenario's classes.
            guardedUpdate(
                connections.get(t),
                updates.get(t),
                1 + ThreadLocalRandom.current().nextInt(cfg.spreadClasses));
          });
      run(
          LOCK_UPDATE,
          t -> {
            RLock lock = redis.getLock(key);
            lock.lock(3, TimeUnit.SECONDS);
            try {
              guardedUpdate(connections.get(t), updates.get(t), 0);
            } finally {
              lock.unlock();
            }
          });
    } finally {
      for (Connection c : connections) {
        c.close();
      }
      redis.shutdown();
    }
  }

  private static void guardedUpdate(Connection c, PreparedStatement update, int id)
      throws SQLException {
    update.setInt(1, id);
    if (update.executeUpdate() != 1) {
      throw new IllegalStateException("bench row " + id + " ran out");
    }
    c.commit();
  }

  private static void resetRows(Connection c, int rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS slot (id INT NOT NULL PRIMARY KEY, n BIGINT NOT NULL)"
              + " ENGINE = InnoDB");
      StringBuilder sql = new StringBuilder("INSERT INTO slot (id, n) VALUES ");
      for (int id = 0; id <= rows; id++) {
        sql.append(id == 0 ? "" : ",").append('(').append(id).append(",1000000000000)");
      }
      sql.append(" ON DUPLICATE KEY UPDATE n = VALUES(n)");
      s.execute(sql.toString());
    }
    c.commit();
  }

  /** Runs {@code op} on every thread: a short warm-up, then the measured seconds. */
  private void run(String name, Op op) throws InterruptedException {
    Recorder recorder = Recorder.of(name);
    int threads = cfg.concurrency;
    long warmupNanos = TimeUnit.MILLISECONDS.toNanos(cfg.smoke ? 200 : 1000);
    long measureNanos = TimeUnit.SECONDS.toNanos(cfg.ceilingSeconds);
    System.out.printf(
        "    %-28s %d threads, %d s ...%n", name.substring(9), threads, cfg.ceilingSeconds);
    long begin = System.nanoTime();
    long measureFrom = begin + warmupNanos;
    long measureUntil = measureFrom + measureNanos;
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int t = i;
      Thread worker =
          new Thread(
              () -> {
                try {
                  while (true) {
                    long start = System.nanoTime();
                    if (start >= measureUntil) {
                      return;
                    }
                    String error = null;
                    try {
                      op.run(t);
                    } catch (Exception e) {
                      error = e.getClass().getSimpleName();
                    }
                    long end = System.nanoTime();
                    if (start >= measureFrom && end <= measureUntil) {
                      recorder.record(System.currentTimeMillis(), (end - start) / 1000, error);
                    }
                  }
                } catch (Throwable e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              },
              "ceiling-" + i);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    recorder.window(measureNanos);
    if (!failures.isEmpty()) {
      throw new IllegalStateException(name + " failed", failures.get(0));
    }
  }

  /** Opens a connection of the bench user to the given schema. */
  static Connection connect(BenchConfig cfg, String schema) throws SQLException {
    return DriverManager.getConnection(cfg.jdbcUrl(schema), cfg.benchDbUser, cfg.benchDbPassword);
  }
}
