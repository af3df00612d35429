package com.classbook.platform.inbox;

import com.classbook.kernel.problem.DomainProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one failure policy of every Kafka consumer of the suite (docs/platform.md, "Consumer
 * failures"). A record whose handling fails is
 *
 * <ul>
 *   <li>dead-lettered at once when it can never succeed ({@link #isPoison}: not a readable
 *       envelope, data the consumer cannot use, a rule it breaks);
 *   <li>otherwise tried again after a pause that doubles from {@code
 *       classbook.consumer.retry.initial-backoff} up to {@code .max-backoff}, on the consumer's
 *       Vert.x context, until {@code .max-attempts} attempts failed; then it is dead-lettered,
 *       unless the database does not answer at all: an outage is nobody's event, so the record
 *       waits for the database (one attempt every max-backoff) instead of filling the dead-letter
 *       topic.
 * </ul>
 *
 * A record is thus never skipped silently and its channel never stops. Every retry counts in {@code
 * classbook_consumer_retries_total{consumer}}, every dead letter in {@code
 * classbook_consumer_dead_letters_total{consumer}}.
 */
@ApplicationScoped
public class ConsumerPolicy {

  private final Inbox inbox;
  private final DeadLetters deadLetters;
  private final Pool pool;
  private final MeterRegistry registry;
  private final Settings settings;
  private final Map<String, EventConsumer> consumers = new ConcurrentHashMap<>();

  /** The retry budget of one record. */
  public record Settings(
      int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration attemptTimeout) {

    /** How long one attempt may take before it counts as failed: a call can hang forever. */
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    public Settings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
      this(maxAttempts, initialBackoff, maxBackoff, DEFAULT_ATTEMPT_TIMEOUT);
    }

    public Settings {
      if (attemptTimeout.isNegative() || attemptTimeout.isZero()) {
        throw new IllegalArgumentException("an attempt needs time, was " + attemptTimeout);
      }
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("at least one attempt, was " + maxAttempts);
      }
      if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "backoff must grow from " + initialBackoff + " up to " + maxBackoff);
      }
    }

    /** The pause after failed attempt {@code attempt} (1 for the first): doubling, capped. */
    public Duration backoffAfter(int attempt) {
      Duration pause = initialBackoff;
      for (int i = 1; i < attempt && pause.compareTo(maxBackoff) < 0; i++) {
        pause = pause.multipliedBy(2);
      }
      return pause.compareTo(maxBackoff) < 0 ? pause : maxBackoff;
    }
  }

  public ConsumerPolicy(
      Inbox inbox,
      DeadLetters deadLetters,
      Pool pool,
      MeterRegistry registry,
      @ConfigProperty(name = "classbook.consumer.retry.max-attempts", defaultValue = "10")
          int maxAttempts,
      @ConfigProperty(name = "classbook.consumer.retry.initial-backoff", defaultValue = "100ms")
          Duration initialBackoff,
      @ConfigProperty(name = "classbook.consumer.retry.max-backoff", defaultValue = "10s")
          Duration maxBackoff,
      @ConfigProperty(name = "classbook.consumer.attempt-timeout", defaultValue = "30s")
          Duration attemptTimeout) {
    this.inbox = inbox;
    this.deadLetters = deadLetters;
    this.pool = pool;
    this.registry = registry;
    this.settings = new Settings(maxAttempts, initialBackoff, maxBackoff, attemptTimeout);
  }

  /**
   * The named consumer (its inbox name, which also labels its metrics) under this policy; its
   * counters exist from here on, at 0 until something happens.
   */
  public EventConsumer consumer(String name) {
    return consumers.computeIfAbsent(
        name, n -> new EventConsumer(n, settings, inbox, deadLetters, pool, registry));
  }

  /**
   * True for a failure that no retry can cure: an {@link UnprocessableEvent}, event data that does
   * not map onto its record (Jackson), or a domain rule the event breaks (a {@link DomainProblem}
   * other than a 5xx one).
   */
  public static boolean isPoison(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnprocessableEvent || t instanceof JsonProcessingException) {
        return true;
      }
      if (t instanceof DomainProblem problem && problem.status() < 500) {
        return true;
      }
    }
    return false;
  }
}
