package com.classbook.platform.outbox;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.persistence.DirectTransaction;
import com.classbook.platform.persistence.DirectTransactions;
import com.classbook.platform.persistence.UtcColumns;
import com.classbook.platform.request.RequestIds;
import com.classbook.platform.tracing.TraceContexts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes integration events into the outbox table inside the caller's open transaction, so the
 * event commits or rolls back with the state change that caused it. In a direct transaction the
 * rows of the transaction go out as one statement just before the commit. The current request id
 * and the current W3C trace context go with the event (column, envelope attribute and Kafka
 * header).
 */
@ApplicationScoped
public class OutboxWriter {

  private final String source;
  private final Clock clock;
  private final OutboxRelay relay;

  public OutboxWriter(
      @ConfigProperty(name = "quarkus.application.name") String service,
      Clock clock,
      OutboxRelay relay) {
    this.source = source(service);
    this.clock = clock;
    this.relay = relay;
  }

  /** The CloudEvents {@code source} of the events a service writes. */
  static String source(String service) {
    return "/" + service;
  }

  /** Appends one event; must run inside a reactive transaction. */
  public Uni<Void> append(String topic, String key, String type, Object data) {
    String requestId = RequestIds.current();
    // Microseconds, as created_at keeps them: the relay's ce_time header repeats the column.
    Instant time = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String traceparent = TraceContexts.currentTraceparent();
    EventEnvelope envelope =
        EventEnvelope.of(source, type, key, time, data)
            .withRequestId(requestId)
            .withTraceparent(traceparent);
    Object[] row = {
      envelope.id(),
      topic,
      key,
      type,
      EventJson.write(envelope),
      UtcColumns.toColumn(envelope.time()),
      requestId,
      traceparent
    };
    Optional<DirectTransaction> direct = DirectTransactions.current();
    if (direct.isPresent()) {
      direct.get().pending(OutboxRows.class, () -> new OutboxRows(relay)).add(row);
      return Uni.createFrom().voidItem();
    }
    return Panache.getSession()
        .chain(
            session -> {
              var insert = session.createNativeQuery(OutboxRows.insert(1));
              for (int i = 0; i < row.length; i++) {
                insert.setParameter(i + 1, row[i]);
              }
              return insert.executeUpdate();
            })
        .invoke(relay::wakeUp)
        .replaceWithVoid();
  }
}
