package com.classbook.waitlist.adapter.in.messaging;

import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.inbox.Inbox;
import com.classbook.waitlist.application.port.in.RefundWaitlistUseCase;
import com.classbook.waitlist.application.port.in.SyncClassScheduleUseCase;
import com.classbook.waitlist.domain.ScheduledClass;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes catalog.classes.v1 into the class replica; a cancelled class has its waiting entries
 * refunded right after the commit (the refund job catches up if that attempt fails).
 */
@ApplicationScoped
public class ClassEventsConsumer {

  private static final Logger LOG = Logger.getLogger(ClassEventsConsumer.class);
  private static final String CONSUMER = "waitlist-class-events";

  private final Inbox inbox;
  private final SyncClassScheduleUseCase classes;
  private final RefundWaitlistUseCase refunds;

  public ClassEventsConsumer(
      Inbox inbox, SyncClassScheduleUseCase classes, RefundWaitlistUseCase refunds) {
    this.inbox = inbox;
    this.classes = classes;
    this.refunds = refunds;
  }

  @Incoming("catalog-classes")
  public Uni<Void> consume(String json) {
    AtomicReference<String> cancelledClass = new AtomicReference<>();
    return inbox
        .handleOnce(
            CONSUMER,
            json,
            envelope -> {
              ClassState state = envelope.dataAs(ClassState.class);
              if (state.id() == null || state.startTime() == null || state.endTime() == null) {
                LOG.warnf("class event %s without id or times skipped", envelope.id());
                return Uni.createFrom().voidItem();
              }
              boolean cancelled = state.cancelled() || ClassState.CANCELLED.equals(envelope.type());
              if (cancelled) {
                cancelledClass.set(state.id());
              }
              return classes.apply(
                  new ScheduledClass(
                      state.id(), state.startTime(), state.endTime(), state.active(), cancelled));
            })
        .chain(
            () ->
                cancelledClass.get() == null
                    ? Uni.createFrom().voidItem()
                    : refunds
                        .refundClass(cancelledClass.get())
                        .onFailure()
                        .recoverWithItem(
                            failure -> {
                              LOG.warnf(
                                  "refunds of cancelled class %s left for the refund job: %s",
                                  cancelledClass.get(), failure.getMessage());
                              return 0;
                            })
                        .replaceWithVoid());
  }
}
