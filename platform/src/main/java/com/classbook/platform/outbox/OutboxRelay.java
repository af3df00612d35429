package com.classbook.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka as fast as they are written: while passes find rows it
 * runs pass after pass; once the outbox is empty it waits for this instance's next write (a signal
 * from {@link OutboxWriter}) or, for rows written by other instances, a slow idle poll. A failed
 * pass (broker away) leaves its rows pending and is retried after a pause.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

  private final OutboxBatchPublisher publisher;
  private final Vertx vertx;
  private final Duration startDelay;
  private final Duration idlePoll;
  private final Duration pollAfterWrite;
  private final Counter published;
  private final AtomicLong lastWriteNanos = new AtomicLong(System.nanoTime());
  private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
  private volatile Context loop;
  private volatile boolean stopping;

  // Touched on the loop's context only.
  private long timerId = -1;
  private long timerDueNanos;
  private boolean passRunning;
  private boolean paused;

  public OutboxRelay(
      Pool pool,
      OutboxSender sender,
      Clock clock,
      Vertx vertx,
      MeterRegistry registry,
      @ConfigProperty(name = "classbook.outbox.batch-size", defaultValue = "1000") int batchSize,
      @ConfigProperty(name = "classbook.outbox.relay-delay", defaultValue = "3s")
          Duration startDelay,
      @ConfigProperty(name = "classbook.outbox.idle-poll", defaultValue = "1s") Duration idlePoll,
      @ConfigProperty(name = "classbook.outbox.poll-after-write", defaultValue = "25ms")
          Duration pollAfterWrite) {
    this.publisher = new OutboxBatchPublisher(pool, sender, clock, batchSize);
    this.vertx = vertx;
    this.startDelay = startDelay;
    this.idlePoll = idlePoll;
    this.pollAfterWrite = pollAfterWrite;
    this.published =
        Counter.builder("classbook.outbox.published")
            .description("Outbox rows published to Kafka by this instance")
            .register(registry);
  }

  void start(@Observes StartupEvent startup) {
    Context context = vertx.getOrCreateContext();
    loop = context;
    context.runOnContext(ignored -> nextPassIn(startDelay));
  }

  void stop(@Observes ShutdownEvent shutdown) {
    stopping = true;
  }

  /**
   * Tells the relay this instance just appended an event. The append's transaction has not
   * committed yet, so the relay keeps polling briefly (every {@code poll-after-write}) for a while
   * after each write instead of looking once.
   */
  public void wakeUp() {
    lastWriteNanos.set(System.nanoTime());
    Context context = loop;
    if (context != null && wakeUpQueued.compareAndSet(false, true)) {
      context.runOnContext(
          ignored -> {
            wakeUpQueued.set(false);
            nextPassIn(pollAfterWrite);
          });
    }
  }

  /** Schedules the next pass; an earlier schedule wins, and a running pass decides for itself. */
  private void nextPassIn(Duration delay) {
    if (stopping || passRunning) {
      return;
    }
    long due = System.nanoTime() + delay.toNanos();
    if (timerId >= 0) {
      if (timerDueNanos <= due) {
        return;
      }
      vertx.cancelTimer(timerId);
    }
    timerDueNanos = due;
    timerId =
        vertx.setTimer(
            Math.max(1, delay.toMillis()),
            ignored -> {
              timerId = -1;
              runPass();
            });
  }

  private void runPass() {
    if (stopping || passRunning) {
      return;
    }
    passRunning = true;
    Context context = loop;
    publisher
        .publishNextBatch()
        .subscribe()
        .with(
            outcome -> context.runOnContext(ignored -> afterPass(outcome)),
            failure -> context.runOnContext(ignored -> afterFailedPass(failure)));
  }

  private void afterPass(OutboxBatchPublisher.Outcome outcome) {
    passRunning = false;
    if (outcome.published() > 0) {
      published.increment(outcome.published());
      if (paused) {
        LOG.info("outbox relay recovered, publishing the pending events");
        paused = false;
      }
      // Drain: more rows may be waiting; the pass that finds none ends the run.
      nextPassIn(Duration.ZERO);
    } else {
      nextPassIn(wroteRecently() ? pollAfterWrite : idlePoll);
    }
  }

  private void afterFailedPass(Throwable failure) {
    passRunning = false;
    if (!paused) {
      LOG.warnf("outbox relay paused, events stay pending: %s", failure.getMessage());
      paused = true;
    }
    nextPassIn(PAUSE_AFTER_FAILURE);
  }

  private boolean wroteRecently() {
    return System.nanoTime() - lastWriteNanos.get() < idlePoll.toNanos();
  }
}
