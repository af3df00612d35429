package com.classbook.waitlist.adapter.in.messaging;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.inbox.ConsumerPolicy;
import com.classbook.platform.inbox.EventConsumer;
import com.classbook.platform.inbox.UnprocessableEvent;
import com.classbook.waitlist.application.port.in.RefundWaitlistUseCase;
import com.classbook.waitlist.application.port.in.SyncClassScheduleUseCase;
import com.classbook.waitlist.domain.ScheduledClass;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes catalog.classes.v1 into the class replica, a polled batch per transaction; a cancelled
 * class has its waiting entries refunded right after the commit (the refund job catches up if that
 * attempt fails). A batch that fails is handled one event at a time under the platform's consumer
 * policy: retried with backoff, dead-lettered when it cannot succeed (docs/platform.md, "Consumer
 * failures"), and the channel goes on.
 */
@ApplicationScoped
public class ClassEventsConsumer {

  private static final Logger LOG = Logger.getLogger(ClassEventsConsumer.class);
  static final String CONSUMER = "waitlist-class-events";

  private final EventConsumer events;
  private final SyncClassScheduleUseCase classes;
  private final RefundWaitlistUseCase refunds;

  public ClassEventsConsumer(
      ConsumerPolicy policy, SyncClassScheduleUseCase classes, RefundWaitlistUseCase refunds) {
    this.events = policy.consumer(CONSUMER);
    this.classes = classes;
    this.refunds = refunds;
  }

  @Incoming("catalog-classes")
  public Uni<Void> consume(ConsumerRecords<String, String> batch) {
    Set<String> cancelledClasses = new LinkedHashSet<>();
    return events
        .handleBatchOnce(
            batch, envelope -> apply(envelope, cancelledClasses::add), this::consumeOne)
        .chain(
            inOneTransaction ->
                inOneTransaction ? refundAll(cancelledClasses) : Uni.createFrom().voidItem());
  }

  private Uni<Void> consumeOne(String json) {
    Set<String> cancelledClasses = new LinkedHashSet<>();
    return events
        .handleOnce(json, envelope -> apply(envelope, cancelledClasses::add))
        .chain(() -> refundAll(cancelledClasses));
  }

  private Uni<Void> apply(EventEnvelope envelope, Consumer<String> cancelledClass) {
    ClassState state = envelope.dataAs(ClassState.class);
    if (state.id() == null || state.startTime() == null || state.endTime() == null) {
      return Uni.createFrom()
          .failure(new UnprocessableEvent("class event " + envelope.id() + " without id or times"));
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
