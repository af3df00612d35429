package com.classbook.waitlist.adapter.in.messaging;

import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.platform.inbox.Inbox;
import com.classbook.waitlist.application.port.in.PromoteFromWaitlistUseCase;
import com.classbook.waitlist.application.port.in.RecordFreedSlotUseCase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes booking.bookings.v1: a cancellation whose seat was reserved for the waitlist is recorded
 * once (inbox + freed_slot key), then resolved right after the commit; the retry job resolves it
 * later if this first attempt fails.
 */
@ApplicationScoped
public class BookingEventsConsumer {

  private static final Logger LOG = Logger.getLogger(BookingEventsConsumer.class);
  private static final String CONSUMER = "waitlist-booking-events";

  private final Inbox inbox;
  private final RecordFreedSlotUseCase record;
  private final PromoteFromWaitlistUseCase promote;

  public BookingEventsConsumer(
      Inbox inbox, RecordFreedSlotUseCase record, PromoteFromWaitlistUseCase promote) {
    this.inbox = inbox;
    this.record = record;
    this.promote = promote;
  }

  @Incoming("booking-bookings")
  public Uni<Void> consume(String json) {
    AtomicReference<String> freedSlot = new AtomicReference<>();
    return inbox
        .handleOnce(
            CONSUMER,
            json,
            envelope -> {
              if (!BookingEvent.CANCELLED.equals(envelope.type())) {
                return Uni.createFrom().voidItem();
              }
              BookingEvent cancelled = envelope.dataAs(BookingEvent.class);
              if (!cancelled.slotReservedForWaitlist()) {
                return Uni.createFrom().voidItem();
              }
              freedSlot.set(cancelled.bookingId());
              return record.recordFreedSlot(cancelled.classId(), cancelled.bookingId());
            })
        .chain(
            () ->
                freedSlot.get() == null
                    ? Uni.createFrom().voidItem()
                    : promote
                        .resolve(freedSlot.get())
                        .onFailure()
                        .recoverWithItem(
                            failure -> {
                              LOG.warnf(
                                  "seat %s left for the retry job: %s",
                                  freedSlot.get(), failure.getMessage());
                              return null;
                            }));
  }
}
