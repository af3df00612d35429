package com.classbook.platform.outbox;

import com.classbook.platform.persistence.UtcColumns;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Samples the outbox backlog (pending rows, age of the oldest) into the gauges {@code
 * classbook_outbox_pending} and {@code classbook_outbox_oldest_pending_age_seconds}, and warns
 * while the oldest pending event is older than {@code classbook.outbox.lag-warning}.
 */
@ApplicationScoped
public class OutboxBacklog {

  private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
  private static final Duration REPEAT_WARNING = Duration.ofMinutes(1);
  private static final String SAMPLE =
      "SELECT (SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL) AS pending,"
          + " (SELECT created_at FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT 1)"
          + " AS oldest";

  private final Pool pool;
  private final Clock clock;
  private final Duration lagWarning;
  private volatile long pending;
  private volatile double oldestAgeSeconds;
  private Instant lastWarning;

  public OutboxBacklog(
      Pool pool,
      Clock clock,
      MeterRegistry registry,
      @ConfigProperty(name = "classbook.outbox.lag-warning", defaultValue = "5s")
          Duration lagWarning) {
    this.pool = pool;
    this.clock = clock;
    this.lagWarning = lagWarning;
    Gauge.builder("classbook.outbox.pending", this, backlog -> backlog.pending)
        .description("Outbox rows not yet published to Kafka")
        .register(registry);
    Gauge.builder("classbook.outbox.oldest.pending.age", this, backlog -> backlog.oldestAgeSeconds)
        .description("Age of the oldest outbox row not yet published to Kafka")
        .baseUnit("seconds")
        .register(registry);
  }

  @Scheduled(
      every = "${classbook.outbox.backlog-interval:2s}",
      delayed = "${classbook.outbox.relay-delay:3s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> sample() {
    return pool.query(SAMPLE)
        .execute()
        .map(rows -> rows.iterator().next())
        .invoke(this::record)
        .onFailure()
        .invoke(failure -> LOG.debugf("outbox backlog not sampled: %s", failure.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  private void record(Row row) {
    Instant now = clock.instant();
    LocalDateTime oldest = row.getLocalDateTime("oldest");
    Duration age =
        oldest == null ? Duration.ZERO : Duration.between(UtcColumns.fromColumn(oldest), now);
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    pending = row.getLong("pending");
    oldestAgeSeconds = age.toMillis() / 1000.0;
    warnWhileLagging(age, now);
  }

  private synchronized void warnWhileLagging(Duration age, Instant now) {
    if (age.compareTo(lagWarning) <= 0) {
      if (lastWarning != null) {
        LOG.infof(
            "outbox caught up: %d events pending, the oldest %d ms old", pending, age.toMillis());
        lastWarning = null;
      }
      return;
    }
    if (lastWarning == null || !now.isBefore(lastWarning.plus(REPEAT_WARNING))) {
      LOG.warnf(
          "outbox lagging: the oldest pending event is %d s old (%d events pending, warning above %d s)",
          age.toSeconds(), pending, lagWarning.toSeconds());
      lastWarning = now;
    }
  }
}
