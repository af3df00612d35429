package com.classbook.catalog.adapter.in.messaging;

import com.classbook.catalog.application.port.in.RecordAvailabilityCommand;
import com.classbook.catalog.application.port.in.RecordAvailabilityUseCase;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.platform.inbox.Inbox;
import com.classbook.platform.persistence.TransactionRetry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the availability view from the booking service's AvailabilityChanged events, once per event
 * (inbox), a polled batch per transaction. A batch that fails is handled one event at a time, where
 * a transient failure is retried a few times before the channel gives up, which turns the service
 * unhealthy so it is restarted and re-reads from the last committed offset.
 */
@ApplicationScoped
public class AvailabilityConsumer {

  static final String CONSUMER = "catalog-availability";
  private static final Logger LOG = Logger.getLogger(AvailabilityConsumer.class);
  private static final int ATTEMPTS = 5;

  private final Inbox inbox;
  private final RecordAvailabilityUseCase recordAvailability;

  public AvailabilityConsumer(Inbox inbox, RecordAvailabilityUseCase recordAvailability) {
    this.inbox = inbox;
    this.recordAvailability = recordAvailability;
  }

  @Incoming("booking-availability")
  public Uni<Void> onAvailability(List<String> batch) {
    return inbox.handleBatchOnce(CONSUMER, batch, this::apply, this::onOne).replaceWithVoid();
  }

  private Uni<Void> onOne(String json) {
    return TransactionRetry.retrying(
        () -> inbox.handleOnce(CONSUMER, json, this::apply),
        failure -> {
          if (failure instanceof DomainProblem) {
            return false;
          }
          LOG.warnf("availability event failed, retrying: %s", failure.toString());
          return true;
        },
        ATTEMPTS);
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
      // A malformed report can never succeed: skip it rather than stall the partition.
      LOG.errorf("skipped invalid availability event %s: %s", envelope.id(), invalid.getMessage());
      return Uni.createFrom().voidItem();
    }
    return recordAvailability.record(command);
  }
}
