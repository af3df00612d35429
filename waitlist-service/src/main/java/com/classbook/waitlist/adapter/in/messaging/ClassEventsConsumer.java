package com.classbook.waitlist.adapter.in.messaging;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.inbox.Inbox;
import com.classbook.waitlist.application.port.in.RefundWaitlistUseCase;
import com.classbook.waitlist.application.port.in.SyncClassScheduleUseCase;
import com.classbook.waitlist.domain.ScheduledClass;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes catalog.classes.v1 into the class replica, a polled batch per transaction; a cancelled
 * class has its waiting entries refunded right after the commit (the refund job catches up if that
 * attempt fails). A batch that fails is handled one event at a time.
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
  public Uni<Void> consume(List<String> batch) {
    Set<String> cancelledClasses = new LinkedHashSet<>();
    return inbox
        .handleBatchOnce(
            CONSUMER, batch, envelope -> apply(envelope, cancelledClasses::add), this::consumeOne)
        .chain(
            inOneTransaction ->
                inOneTransaction ? refundAll(cancelledClasses) : Uni.createFrom().voidItem());
  }

  private Uni<Void> consumeOne(String json) {
    Set<String> cancelledClasses = new LinkedHashSet<>();
    return inbox
        .handleOnce(CONSUMER, json, envelope -> apply(envelope, cancelledClasses::add))
        .chain(() -> refundAll(cancelledClasses));
  }

  private Uni<Void> apply(EventEnvelope envelope, Consumer<String> cancelledClass) {
    ClassState state = envelope.dataAs(ClassState.class);
    if (state.id() == null || state.startTime() == null || state.endTime() == null) {
      LOG.warnf("class event %s without id or times skipped", envelope.id());
      return Uni.createFrom().voidItem();
    }
    boolean cancelled = state.cancelled() || ClassState.CANCELLED.equals(envelope.type());
    return classes
        .apply(
            new ScheduledClass(
                state.id(), state.startTime(), state.endTime(), state.active(), cancelled))
        .invoke(
            () -> {
              if (cancelled) {
                cancelledClass.accept(state.id());
              }
            });
  }

  private Uni<Void> refundAll(Set<String> cancelledClasses) {
    Uni<Void> refunded = Uni.createFrom().voidItem();
    for (String classId : cancelledClasses) {
      refunded = refunded.chain(() -> refundOrLeaveToRefundJob(classId));
    }
    return refunded;
  }

  private Uni<Void> refundOrLeaveToRefundJob(String classId) {
    return refunds
        .refundClass(classId)
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf(
                  "refunds of cancelled class %s left for the refund job: %s",
                  classId, failure.getMessage());
              return 0;
            })
        .replaceWithVoid();
  }
}
