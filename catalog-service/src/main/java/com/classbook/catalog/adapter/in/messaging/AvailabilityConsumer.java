package com.classbook.catalog.adapter.in.messaging;

import com.classbook.catalog.application.port.in.RecordAvailabilityCommand;
import com.classbook.catalog.application.port.in.RecordAvailabilityUseCase;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.platform.inbox.ConsumerPolicy;
import com.classbook.platform.inbox.EventConsumer;
import com.classbook.platform.inbox.UnprocessableEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the availability view from the booking service's AvailabilityChanged events, once per event
 * (inbox), a polled batch per transaction. A batch that fails is handled one event at a time under
 * the platform's consumer policy: a transient failure is retried with backoff, a malformed report
 * goes to the dead-letter topic (docs/platform.md, "Consumer failures"), and the channel goes on.
 */
@ApplicationScoped
public class AvailabilityConsumer {

  static final String CONSUMER = "catalog-availability";

  private final EventConsumer events;
  private final RecordAvailabilityUseCase recordAvailability;

  public AvailabilityConsumer(ConsumerPolicy policy, RecordAvailabilityUseCase recordAvailability) {
    this.events = policy.consumer(CONSUMER);
    this.recordAvailability = recordAvailability;
  }

  @Incoming("booking-availability")
  public Uni<Void> onAvailability(ConsumerRecords<String, String> batch) {
    return events
        .handleBatchOnce(batch, this::apply, json -> events.handleOnce(json, this::apply))
        .replaceWithVoid();
  }

  private Uni<Void> apply(EventEnvelope envelope) {
    if (!AvailabilityChanged.TYPE.equals(envelope.type())) {
      return Uni.createFrom().voidItem();
    }
    RecordAvailabilityCommand command;
    try {
      AvailabilityChanged event = envelope.dataAs(AvailabilityChanged.class);
      command =
          new RecordAvailabilityCommand(
              event.classId(),
              event.capacity(),
              event.freeSlots(),
              event.reservedSlots(),
              event.bookedSlots());
    } catch (IllegalArgumentException | DomainProblem invalid) {
      // A malformed report can never succeed: the policy dead-letters it at once.
      return Uni.createFrom()
          .failure(
              new UnprocessableEvent(
                  "invalid availability event " + envelope.id() + ": " + invalid.getMessage(),
                  invalid));
    }
    return recordAvailability.record(command);
  }
}
