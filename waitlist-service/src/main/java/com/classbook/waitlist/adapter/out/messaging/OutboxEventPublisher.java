package com.classbook.waitlist.adapter.out.messaging;

import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.platform.outbox.OutboxWriter;
import com.classbook.platform.outbox.WireTypes;
import com.classbook.waitlist.application.port.out.EventPublisher;
import com.classbook.waitlist.domain.EntryFact;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Writes waitlist events into the outbox of the current transaction (key = entry id). */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {

  private final OutboxWriter outbox;

  public OutboxEventPublisher(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public Uni<Void> publish(EntryFact fact) {
    WaitlistEntry entry = fact.entry();
    return outbox.append(
        Topics.WAITLIST_ENTRIES,
        entry.id(),
        TYPES.of(fact),
        new WaitlistEvent(
            entry.id(),
            entry.userId(),
            entry.classId(),
            entry.bookingId(),
            entry.status().name(),
            entry.refunded(),
            entry.joinedAt()));
  }

  /** The versioned wire type of each fact (WireTypes refuses a fact without one). */
  static final WireTypes<EntryFact> TYPES =
      WireTypes.of(
          EntryFact.class,
          Map.of(
              EntryFact.Joined.class, WaitlistEvent.JOINED,
              EntryFact.Promoted.class, WaitlistEvent.PROMOTED,
              EntryFact.Left.class, WaitlistEvent.LEFT,
              EntryFact.Refunded.class, WaitlistEvent.REFUNDED));
}
