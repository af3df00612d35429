package com.classbook.platform.outbox;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.request.RequestIds;
import com.classbook.platform.tracing.TraceContexts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes integration events into the outbox table inside the caller's open transaction, so the
 * event commits or rolls back with the state change that caused it. The current request id and the
 * current W3C trace context go with the event (column, envelope attribute and Kafka header).
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
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload,"
                            + " created_at, request_id, traceparent)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, envelope.id())
                    .setParameter(2, topic)
                    .setParameter(3, key)
                    .setParameter(4, type)
                    .setParameter(5, EventJson.write(envelope))
                    .setParameter(6, LocalDateTime.ofInstant(envelope.time(), ZoneOffset.UTC))
                    .setParameter(7, requestId)
                    .setParameter(8, traceparent)
                    .executeUpdate())
        .invoke(relay::wakeUp)
        .replaceWithVoid();
  }
}
