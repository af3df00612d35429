package com.classbook.platform.inbox;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.persistence.UtcColumns;
import com.classbook.platform.reactive.VertxContexts;
import com.classbook.platform.request.RequestIds;
import com.classbook.platform.tracing.TraceContexts;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * The processed-event log of idempotent consumers: an event's effect and its inbox row commit in
 * one transaction, so a redelivered event has no second effect.
 */
@ApplicationScoped
public class Inbox {

  private static final Logger LOG = Logger.getLogger(Inbox.class);

  private final Clock clock;
  private final Tracer tracer;

  public Inbox(Clock clock, OpenTelemetry openTelemetry) {
    this.clock = clock;
    this.tracer = openTelemetry.getTracer("com.classbook.platform.inbox");
  }

  /**
   * Applies {@code effect} to the event in {@code json} unless {@code consumer} already did. A
   * record that is not a readable envelope fails with {@link UnprocessableEvent}, which the
   * consumer policy dead-letters at once ({@link ConsumerPolicy}).
   */
  public Uni<Void> handleOnce(
      String consumer, String json, Function<EventEnvelope, Uni<Void>> effect) {
    EventEnvelope envelope;
    try {
      envelope = read(json);
    } catch (UnprocessableEvent unreadable) {
      return Uni.createFrom().failure(unreadable);
    }
    RequestIds.enter(envelope.requestid());
    return Panache.withTransaction(
        () ->
            recordFirstDelivery(consumer, envelope.id())
                .chain(
                    first ->
                        first
                            ? inTraceOf(consumer, envelope, effect)
                            : Uni.createFrom().voidItem()));
  }

  /**
   * Applies {@code effect}, in order and in one transaction, to every event of a polled batch that
   * {@code consumer} has not processed yet, and completes with true. If that transaction fails it
   * rolls back whole and each record is handed to {@code oneByOne} (the consumer's own per-event
   * handling) in order; then it completes with false, so that anything the effects collected for
   * after the commit is dropped. Records that are not readable envelopes have no effect in the
   * batch: after its commit each of them is handed to {@code oneByOne} too, whose {@link
   * #handleOnce} fails them as {@link UnprocessableEvent}.
   */
  public Uni<Boolean> handleBatchOnce(
      String consumer,
      List<String> jsons,
      Function<EventEnvelope, Uni<Void>> effect,
      Function<String, Uni<Void>> oneByOne) {
    return handleBatchOnce(consumer, jsons, effect, oneByOne, null);
  }

  /**
   * Like {@link #handleBatchOnce(String, List, Function, Function)}; a batch transaction that has
   * not ended after {@code timeout} (null: no limit) counts as failed, and its records go one by
   * one on the caller's Vert.x context.
   */
  public Uni<Boolean> handleBatchOnce(
      String consumer,
      List<String> jsons,
      Function<EventEnvelope, Uni<Void>> effect,
      Function<String, Uni<Void>> oneByOne,
      Duration timeout) {
    List<String> unreadable = new ArrayList<>();
    List<EventEnvelope> events = readable(jsons, unreadable);
    Uni<Boolean> applied =
        events.isEmpty()
            ? Uni.createFrom().item(true)
            : bounded(
                    Panache.withTransaction(
                        () ->
                            recordFirstDeliveries(consumer, events)
                                .chain(first -> applyInOrder(consumer, first, 0, effect))),
                    timeout,
                    consumer)
                .replaceWith(true)
                .onFailure()
                .recoverWithUni(
                    failure -> {
                      LOG.warnf(
                          "%s: a batch of %d events rolled back (%s); handling them one by one",
                          consumer, jsons.size(), failure.toString());
                      return eachInOrder(jsons, 0, oneByOne).replaceWith(false);
                    });
    if (unreadable.isEmpty()) {
      return applied;
    }
    // After a rollback the one-by-one path has had every record, the unreadable ones included.
    return applied.call(
        inOneTransaction ->
            inOneTransaction ? eachInOrder(unreadable, 0, oneByOne) : Uni.createFrom().voidItem());
  }

  private static <T> Uni<T> bounded(Uni<T> work, Duration timeout, String consumer) {
    io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
    if (timeout == null || context == null) {
      return work;
    }
    return work.ifNoItem()
        .after(timeout)
        .failWith(
            () ->
                new IllegalStateException(
                    consumer + ": batch not ended within " + timeout.toMillis() + " ms"))
        // The timer fires elsewhere: the one-by-one fallback needs the consumer's context.
        .onFailure()
        .call(failure -> VertxContexts.delay(context, Duration.ZERO));
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
                    .setParameter(3, now())
                    .executeUpdate())
        .map(inserted -> inserted == 1);
  }

  /**
   * Inserts the inbox rows of the events this consumer has not seen and returns those events. The
   * insert must add every one of them: a row it ignored was committed meanwhile by a concurrent
   * delivery (a rebalance), and since the statement cannot say which, the batch fails and goes
   * through the one-by-one path, whose single inserts can.
   */
  private Uni<List<EventEnvelope>> recordFirstDeliveries(
      String consumer, List<EventEnvelope> events) {
    return Panache.getSession()
        .chain(session -> alreadyProcessed(session, consumer, events))
        .chain(
            known -> {
              List<EventEnvelope> first =
                  events.stream().filter(event -> !known.contains(event.id())).toList();
              if (first.isEmpty()) {
                return Uni.createFrom().item(first);
              }
              return Panache.getSession()
                  .chain(session -> insertAll(session, consumer, first))
                  .map(
                      inserted -> {
                        if (inserted != first.size()) {
                          throw new IllegalStateException(
                              "events of the batch were processed concurrently");
                        }
                        return first;
                      });
            });
  }

  private static Uni<Set<String>> alreadyProcessed(
      Mutiny.Session session, String consumer, List<EventEnvelope> events) {
    StringBuilder sql =
        new StringBuilder("SELECT event_id FROM inbox_event WHERE consumer = ?1 AND event_id IN (");
    for (int i = 0; i < events.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
    }
    Mutiny.SelectionQuery<String> query =
        session.createNativeQuery(sql.append(')').toString(), String.class);
    query.setParameter(1, consumer);
    for (int i = 0; i < events.size(); i++) {
      query.setParameter(i + 2, events.get(i).id());
    }
    return query.getResultList().map(HashSet::new);
  }

  private Uni<Integer> insertAll(
      Mutiny.Session session, String consumer, List<EventEnvelope> events) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT IGNORE INTO inbox_event (consumer, event_id, processed_at) VALUES ");
    for (int i = 0; i < events.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(i + 3).append(", ?2)");
    }
    Mutiny.MutationQuery insert = session.createNativeQuery(sql.toString());
    insert.setParameter(1, consumer);
    insert.setParameter(2, now());
    for (int i = 0; i < events.size(); i++) {
      insert.setParameter(i + 3, events.get(i).id());
    }
    return insert.executeUpdate();
  }

  private Uni<Void> applyInOrder(
      String consumer,
      List<EventEnvelope> events,
      int from,
      Function<EventEnvelope, Uni<Void>> effect) {
    if (from == events.size()) {
      return Uni.createFrom().voidItem();
    }
    EventEnvelope event = events.get(from);
    // The request that caused the event: in the consumer's log lines and in the events it writes.
    RequestIds.enter(event.requestid());
    return inTraceOf(consumer, event, effect)
        .chain(() -> applyInOrder(consumer, events, from + 1, effect));
  }

  /**
   * Runs an event's effect in the trace that wrote the event: a consumer span whose parent is the
   * event's {@code traceparent} is current meanwhile, so the events the effect writes and the calls
   * it makes carry the trace on. An event without one runs as it comes.
   */
  private Uni<Void> inTraceOf(
      String consumer, EventEnvelope event, Function<EventEnvelope, Uni<Void>> effect) {
    Context parent = TraceContexts.parentOf(event.traceparent());
    if (parent == null) {
      return effect.apply(event);
    }
    return Uni.createFrom()
        .deferred(
            () -> {
              Span span =
                  tracer
                      .spanBuilder(consumer + " process")
                      .setParent(parent)
                      .setSpanKind(SpanKind.CONSUMER)
                      .setAttribute("messaging.operation.type", "process")
                      .setAttribute("messaging.consumer.group.name", consumer)
                      .setAttribute("messaging.message.id", event.id())
                      .setAttribute("cloudevents.event_type", event.type())
                      .startSpan();
              Scope scope = parent.with(span).makeCurrent();
              Uni<Void> applied;
              try {
                applied = effect.apply(event);
              } catch (RuntimeException failure) {
                applied = Uni.createFrom().failure(failure);
              }
              return applied
                  .onTermination()
                  .invoke(
                      (ignored, failure, cancelled) -> {
                        if (failure != null) {
                          span.recordException(failure);
                          span.setStatus(StatusCode.ERROR);
                        }
                        span.end();
                        scope.close();
                      });
            });
  }

  private static Uni<Void> eachInOrder(
      List<String> jsons, int from, Function<String, Uni<Void>> oneByOne) {
    if (from == jsons.size()) {
      return Uni.createFrom().voidItem();
    }
    return oneByOne.apply(jsons.get(from)).chain(() -> eachInOrder(jsons, from + 1, oneByOne));
  }

  /**
   * The readable events of a batch, each once (a producer retry may deliver one twice); the records
   * that are not go to {@code unreadable}.
   */
  private static List<EventEnvelope> readable(List<String> jsons, List<String> unreadable) {
    Map<String, EventEnvelope> byId = new LinkedHashMap<>();
    for (String json : jsons) {
      try {
        EventEnvelope envelope = read(json);
        byId.putIfAbsent(envelope.id(), envelope);
      } catch (UnprocessableEvent e) {
        unreadable.add(json);
      }
    }
    return new ArrayList<>(byId.values());
  }

  private static EventEnvelope read(String json) {
    try {
      return EventJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new UnprocessableEvent("not a readable CloudEvents envelope", e);
    }
  }

  private LocalDateTime now() {
    return UtcColumns.toColumn(clock.instant());
  }
}
