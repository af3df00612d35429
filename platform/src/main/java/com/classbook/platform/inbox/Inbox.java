package com.classbook.platform.inbox;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The processed-event log of idempotent consumers: an event's effect and its inbox row commit in
 * one transaction, so a redelivered event has no second effect.
 */
@ApplicationScoped
public class Inbox {

  private static final Logger LOG = Logger.getLogger(Inbox.class);

  private final Clock clock;

  public Inbox(Clock clock) {
    this.clock = clock;
  }

  /**
   * Applies {@code effect} to the event in {@code json} unless {@code consumer} already did.
   * Unreadable messages are logged and skipped so one bad record cannot stall a partition.
   */
  public Uni<Void> handleOnce(
      String consumer, String json, Function<EventEnvelope, Uni<Void>> effect) {
    EventEnvelope envelope;
    try {
      envelope = EventJson.read(json);
    } catch (IllegalArgumentException e) {
      LOG.errorf("%s skipped an unreadable event: %s", consumer, e.getMessage());
      return Uni.createFrom().voidItem();
    }
    return Panache.withTransaction(
        () ->
            recordFirstDelivery(consumer, envelope.id())
                .chain(first -> first ? effect.apply(envelope) : Uni.createFrom().voidItem()));
  }

  /** Inserts the inbox row; false when this consumer has processed the event already. */
  public Uni<Boolean> recordFirstDelivery(String consumer, String eventId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "INSERT IGNORE INTO inbox_event (consumer, event_id, processed_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, consumer)
                    .setParameter(2, eventId)
                    .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .executeUpdate())
        .map(inserted -> inserted == 1);
  }
}
