package com.classbook.waitlist.adapter.in.messaging;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.platform.inbox.ConsumerPolicy;
import com.classbook.platform.inbox.EventConsumer;
import com.classbook.platform.reactive.VertxContexts;
import com.classbook.platform.request.RequestContext;
import com.classbook.waitlist.application.port.in.PromoteFromWaitlistUseCase;
import com.classbook.waitlist.application.port.in.RecordFreedSlotUseCase;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes booking.bookings.v1 a polled batch per transaction: a cancellation whose seat was
 * reserved for the waitlist is recorded once (inbox + freed_slot key), then resolved right after
 * the commit, the seats of different classes side by side; the retry job resolves a seat later if
 * this first attempt fails. A batch that fails is handled one event at a time under the platform's
 * consumer policy: retried with backoff, dead-lettered when it cannot succeed (docs/platform.md,
 * "Consumer failures"), and the channel goes on. Each seat is resolved under the request id and
 * trace context of the cancellation that freed it.
 */
@ApplicationScoped
public class BookingEventsConsumer {

  private static final Logger LOG = Logger.getLogger(BookingEventsConsumer.class);
  static final String CONSUMER = "waitlist-booking-events";
  private static final int CLASSES_AT_ONCE = 8;

  private final EventConsumer events;
  private final RecordFreedSlotUseCase record;
  private final PromoteFromWaitlistUseCase promote;

  public BookingEventsConsumer(
      ConsumerPolicy policy, RecordFreedSlotUseCase record, PromoteFromWaitlistUseCase promote) {
    this.events = policy.consumer(CONSUMER);
    this.record = record;
    this.promote = promote;
  }

  /** A seat to resolve and the cancellation's request id and trace context. */
  private record FreedSeat(String bookingId, RequestContext cause) {}

  @Incoming("booking-bookings")
  public Uni<Void> consume(ConsumerRecords<String, String> batch) {
    Map<String, List<FreedSeat>> freedByClass = new LinkedHashMap<>();
    return events
        .handleBatchOnce(
            batch,
            envelope ->
                recordFreedSlot(
                    envelope,
                    cancelled ->
                        freedByClass
                            .computeIfAbsent(cancelled.classId(), id -> new ArrayList<>())
                            .add(new FreedSeat(cancelled.bookingId(), RequestContext.capture()))),
            this::consumeOne)
        .chain(
            inOneTransaction ->
                inOneTransaction ? resolveAll(freedByClass) : Uni.createFrom().voidItem());
  }

  private Uni<Void> consumeOne(String json) {
    List<FreedSeat> freed = new ArrayList<>();
    return events
        .handleOnce(
            json,
            envelope ->
                recordFreedSlot(
                    envelope,
                    c -> freed.add(new FreedSeat(c.bookingId(), RequestContext.capture()))))
        .chain(() -> resolveInTurn(freed));
  }

  private Uni<Void> recordFreedSlot(EventEnvelope envelope, Consumer<BookingEvent> recorded) {
    if (!BookingEvent.CANCELLED.equals(envelope.type())) {
      return Uni.createFrom().voidItem();
    }
    BookingEvent cancelled = envelope.dataAs(BookingEvent.class);
    if (!cancelled.slotReservedForWaitlist()) {
      return Uni.createFrom().voidItem();
    }
    return record
        .recordFreedSlot(cancelled.classId(), cancelled.bookingId())
        .invoke(() -> recorded.accept(cancelled));
  }

  /** Each class's seats in turn (they queue on the class lock anyway), classes side by side. */
  private Uni<Void> resolveAll(Map<String, List<FreedSeat>> freedByClass) {
    if (freedByClass.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return Multi.createFrom()
        .iterable(freedByClass.values())
        .onItem()
        .transformToUni(seats -> VertxContexts.onOwnContext(() -> resolveInTurn(seats)))
        .merge(CLASSES_AT_ONCE)
        .collect()
        .last()
        .replaceWithVoid();
  }

  private Uni<Void> resolveInTurn(List<FreedSeat> seats) {
    Uni<Void> resolved = Uni.createFrom().voidItem();
    for (FreedSeat seat : seats) {
      resolved =
          resolved.chain(
              () -> seat.cause().resume(() -> resolveOrLeaveToRetryJob(seat.bookingId())));
    }
    return resolved;
  }

  private Uni<Void> resolveOrLeaveToRetryJob(String seat) {
    return promote
        .resolve(seat)
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("seat %s left for the retry job: %s", seat, failure.getMessage());
              return null;
            });
  }
}
