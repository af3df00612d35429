package com.classbook.platform.housekeeping;

import com.classbook.platform.persistence.UtcColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Deletes published outbox rows, old inbox rows and expired idempotency records. */
@ApplicationScoped
public class PlatformHousekeeping {

  private final Clock clock;
  private final Duration outboxRetention;
  private final Duration idempotencyRetention;
  private final Duration inboxRetention;

  public PlatformHousekeeping(
      Clock clock,
      @ConfigProperty(name = "classbook.outbox.retention", defaultValue = "P7D")
          Duration outboxRetention,
      @ConfigProperty(name = "classbook.idempotency.retention", defaultValue = "PT24H")
          Duration idempotencyRetention,
      @ConfigProperty(name = "classbook.inbox.retention", defaultValue = "P30D")
          Duration inboxRetention) {
    this.clock = clock;
    this.outboxRetention = outboxRetention;
    this.idempotencyRetention = idempotencyRetention;
    this.inboxRetention = inboxRetention;
  }

  @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> purge() {
    LocalDateTime outboxCutoff = cutoff(outboxRetention);
    LocalDateTime idempotencyCutoff = cutoff(idempotencyRetention);
    LocalDateTime inboxCutoff = cutoff(inboxRetention);
    return Panache.withTransaction(
            () ->
                Panache.getSession()
                    .chain(
                        s ->
                            s.createNativeQuery("DELETE FROM outbox_event WHERE published_at < ?1")
                                .setParameter(1, outboxCutoff)
                                .executeUpdate()
                                .chain(
                                    () ->
                                        s.createNativeQuery(
                                                "DELETE FROM inbox_event WHERE processed_at < ?1")
                                            .setParameter(1, inboxCutoff)
                                            .executeUpdate())
                                .chain(
                                    () ->
                                        s.createNativeQuery(
                                                "DELETE FROM idempotency_record WHERE created_at < ?1")
                                            .setParameter(1, idempotencyCutoff)
                                            .executeUpdate())))
        .replaceWithVoid();
  }

  private LocalDateTime cutoff(Duration retention) {
    return UtcColumns.toColumn(clock.instant().minus(retention));
  }
}
