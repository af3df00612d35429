package com.classbook.waitlist.adapter.out.messaging;

import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.platform.outbox.OutboxWriter;
import com.classbook.waitlist.application.port.out.EventPublisher;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes waitlist events into the outbox of the current transaction (key = entry id). */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {

  private final OutboxWriter outbox;

  public OutboxEventPublisher(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public Uni<Void> published(WaitlistEntry entry) {
    String type =
        switch (entry.status()) {
          case WAITING -> WaitlistEvent.JOINED;
          case PROMOTED -> WaitlistEvent.PROMOTED;
          case LEFT -> WaitlistEvent.LEFT;
          case REFUNDED -> WaitlistEvent.REFUNDED;
        };
    return outbox.append(
        Topics.WAITLIST_ENTRIES,
        entry.id(),
        type,
        new WaitlistEvent(
            entry.id(),
            entry.userId(),
            entry.classId(),
            entry.bookingId(),
            entry.status().name(),
            entry.refunded(),
            entry.joinedAt()));
  }
}
