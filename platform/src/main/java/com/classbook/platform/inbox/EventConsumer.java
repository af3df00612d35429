package com.classbook.platform.inbox;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.platform.reactive.VertxContexts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * One consumer under the {@link ConsumerPolicy}: how a service's {@code @Incoming} method hands
 * over what it polled. Obtained with {@link ConsumerPolicy#consumer(String)}.
 */
public final class EventConsumer {

  private static final Logger LOG = Logger.getLogger(EventConsumer.class);
  static final String POISON = "poison";
  static final String RETRIES_EXHAUSTED = "retries-exhausted";

  private final String name;
  private final ConsumerPolicy.Settings settings;
  private final Inbox inbox;
  private final DeadLetters deadLetters;
  private final Pool pool;
  private final Counter retries;
  private final Counter deadLettered;

  EventConsumer(
      String name,
      ConsumerPolicy.Settings settings,
      Inbox inbox,
      DeadLetters deadLetters,
      Pool pool,
      MeterRegistry registry) {
    this.name = name;
    this.settings = settings;
    this.inbox = inbox;
    this.deadLetters = deadLetters;
    this.pool = pool;
    this.retries =
        Counter.builder("classbook.consumer.retries")
            .description("Attempts a consumer made again after an event failed")
            .tag("consumer", name)
            .register(registry);
    this.deadLettered =
        Counter.builder("classbook.consumer.dead.letters")
            .description("Events a consumer sent to its service's dead-letter topic")
            .tag("consumer", name)
            .register(registry);
  }

  public String name() {
    return name;
  }

  /**
   * A polled batch through {@link Inbox#handleBatchOnce}: the new events' effects in one
   * transaction (true), or, when that fails, each record in order through {@code oneByOne} under
   * the policy (false). {@code oneByOne} is the consumer's own handling of one record, usually
   * {@link #handleOnce} and whatever follows its commit. A tombstone (null value) is no event and
   * is passed over.
   */
  public Uni<Boolean> handleBatchOnce(
      Iterable<ConsumerRecord<String, String>> records,
      Function<EventEnvelope, Uni<Void>> effect,
      Function<String, Uni<Void>> oneByOne) {
    // The inbox hands back the very strings it was given: by identity they lead to their records.
    Map<String, ConsumerRecord<String, String>> byValue = new IdentityHashMap<>();
    List<String> values = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      if (record.value() == null) {
        tombstone(record);
        continue;
      }
      byValue.put(record.value(), record);
      values.add(record.value());
    }
    if (values.isEmpty()) {
      return Uni.createFrom().item(true);
    }
    return inbox.handleBatchOnce(
        name,
        values,
        effect,
        json -> handle(byValue.get(json), oneByOne),
        settings.attemptTimeout());
  }

  /** {@link Inbox#handleOnce} under this consumer's name: the usual core of {@code oneByOne}. */
  public Uni<Void> handleOnce(String json, Function<EventEnvelope, Uni<Void>> effect) {
    return inbox.handleOnce(name, json, effect);
  }

  /**
   * One record under the policy: {@code handling} gets its value and is attempted until it
   * succeeds, the record is dead-lettered, or (while the database is down) the database answers.
   * Completes without failure, so the record's offset can be committed and the channel goes on.
   */
  public Uni<Void> handle(
      ConsumerRecord<String, String> record, Function<String, Uni<Void>> handling) {
    if (record.value() == null) {
      tombstone(record);
      return Uni.createFrom().voidItem();
    }
    return Uni.createFrom().deferred(() -> attempt(record, handling, 1, Vertx.currentContext()));
  }

  private Uni<Void> attempt(
      ConsumerRecord<String, String> record,
      Function<String, Uni<Void>> handling,
      int attempt,
      Context context) {
    return Uni.createFrom()
        .deferred(() -> handling.apply(record.value()))
        .ifNoItem()
        .after(settings.attemptTimeout())
        .failWith(() -> new TimedOut(where(record), settings.attemptTimeout()))
        .onFailure()
        .recoverWithUni(failure -> afterFailure(record, handling, attempt, context, failure));
  }

  private Uni<Void> afterFailure(
      ConsumerRecord<String, String> record,
      Function<String, Uni<Void>> handling,
      int attempt,
      Context context,
      Throwable failure) {
    if (ConsumerPolicy.isPoison(failure)) {
      return deadLetter(record, POISON, failure, attempt, context);
    }
    if (attempt < settings.maxAttempts()) {
      Duration pause = settings.backoffAfter(attempt);
      LOG.warnf(
          "%s: %s failed (attempt %d of %d), trying again in %d ms: %s",
          name, where(record), attempt, settings.maxAttempts(), pause.toMillis(), failure);
      return retryAfter(pause, record, handling, attempt, context);
    }
    return databaseAnswers(context)
        .chain(
            answers -> {
              if (answers) {
                return deadLetter(record, RETRIES_EXHAUSTED, failure, attempt, context);
              }
              LOG.warnf(
                  "%s: %s failed %d times and the database does not answer; waiting for it: %s",
                  name, where(record), attempt, failure);
              return retryAfter(settings.maxBackoff(), record, handling, attempt, context);
            });
  }

  private Uni<Void> retryAfter(
      Duration pause,
      ConsumerRecord<String, String> record,
      Function<String, Uni<Void>> handling,
      int attempt,
      Context context) {
    retries.increment();
    // A timer of the consumer's context that ends on it: the next attempt opens its Hibernate
    // Reactive session where the consumer's own did, wherever this failure arrived.
    return VertxContexts.delay(context, pause)
        .chain(() -> attempt(record, handling, attempt + 1, context));
  }

  /** Whether the database answers a trivial query: if not, a failure is not the event's fault. */
  private Uni<Boolean> databaseAnswers(Context context) {
    return resumeOn(context, pool.query("SELECT 1").execute().replaceWith(true))
        .onFailure()
        .recoverWithItem(false);
  }

  /**
   * Sends the record to the dead-letter topic; a broker that does not take it is tried again (the
   * record must not be lost, and without a broker the consumer has nothing to read anyway).
   */
  private Uni<Void> deadLetter(
      ConsumerRecord<String, String> record,
      String reason,
      Throwable failure,
      int attempts,
      Context context) {
    return resumeOn(context, deadLetters.send(name, record, reason, failure, attempts))
        .invoke(
            () -> {
              deadLettered.increment();
              LOG.errorf(
                  "%s: %s sent to dead-letter topic %s (%s after %d attempt%s): %s",
                  name,
                  where(record),
                  deadLetters.topic(),
                  reason,
                  attempts,
                  attempts == 1 ? "" : "s",
                  failure);
            })
        .onFailure()
        .recoverWithUni(
            sendFailure -> {
              LOG.warnf(
                  "%s: %s could not be dead-lettered, trying again in %d ms: %s",
                  name, where(record), settings.maxBackoff().toMillis(), sendFailure);
              return VertxContexts.delay(context, settings.maxBackoff())
                  .chain(() -> deadLetter(record, reason, failure, attempts, context));
            });
  }

  /**
   * An attempt that neither succeeded nor failed in time (seen after a database restart: a call
   * whose connection was lost never answered); it is retried like any transient failure.
   */
  static final class TimedOut extends RuntimeException {
    TimedOut(String what, Duration after) {
      super(what + " not handled within " + after.toMillis() + " ms");
    }
  }

  private void tombstone(ConsumerRecord<String, String> record) {
    LOG.debugf("%s: %s is a tombstone, no event", name, where(record));
  }

  private static <T> Uni<T> resumeOn(Context context, Uni<T> uni) {
    return context == null
        ? uni
        : uni.emitOn(command -> context.runOnContext(ignored -> command.run()));
  }

  private static String where(ConsumerRecord<String, String> record) {
    return "record " + record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
