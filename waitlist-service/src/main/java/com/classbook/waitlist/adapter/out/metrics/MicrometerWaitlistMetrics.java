package com.classbook.waitlist.adapter.out.metrics;

import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.metrics.OutcomeCounters;
import com.classbook.waitlist.application.port.out.WaitlistMetrics;
import com.classbook.waitlist.domain.EntryStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The waitlist counters on /q/metrics: {@code classbook_waitlist_joins_total{outcome}} and {@code
 * classbook_waitlist_entries_ended_total{status}}. The usual outcomes and every end are registered
 * at startup, so each series exists (at 0) before it first happens.
 */
@Startup
@ApplicationScoped
public class MicrometerWaitlistMetrics implements WaitlistMetrics {

  static final String JOINED = "joined";
  static final String ERROR = OutcomeCounters.ERROR;

  /** The refusals of POST /api/v1/waitlist (booking's answers to the credit hold among them). */
  static final List<ProblemCode> REFUSALS =
      List.of(
          ProblemCode.CLASS_NOT_FOUND,
          ProblemCode.CLASS_NOT_BOOKABLE,
          ProblemCode.CLASS_NOT_FULL,
          ProblemCode.ALREADY_WAITLISTED,
          ProblemCode.ALREADY_BOOKED,
          ProblemCode.SCHEDULE_CONFLICT,
          ProblemCode.NO_USABLE_PACKAGE,
          ProblemCode.INSUFFICIENT_CREDITS,
          ProblemCode.SERVICE_UNAVAILABLE);

  private final MeterRegistry registry;
  private final OutcomeCounters joins;
  private final Map<EntryStatus, Counter> ended = new ConcurrentHashMap<>();

  public MicrometerWaitlistMetrics(MeterRegistry registry) {
    this.registry = registry;
    joins =
        new OutcomeCounters(
            registry,
            "classbook.waitlist.joins",
            "Waitlist joins decided, by outcome: joined or the refusal code",
            JOINED,
            REFUSALS);
    for (EntryStatus status : EntryStatus.values()) {
      if (status != EntryStatus.WAITING) {
        endedCounter(status);
      }
    }
  }

  @Override
  public void joined() {
    joins.succeeded();
  }

  @Override
  public void joinRefused(ProblemCode code) {
    joins.refused(code);
  }

  @Override
  public void joinFailed() {
    joins.failed();
  }

  @Override
  public void ended(EntryStatus status) {
    endedCounter(status).increment();
  }

  private Counter endedCounter(EntryStatus status) {
    return ended.computeIfAbsent(
        status,
        s ->
            Counter.builder("classbook.waitlist.entries.ended")
                .description("Waiting entries that ended: promoted to a booking, left or refunded")
                .tag("status", s.name().toLowerCase(Locale.ROOT))
                .register(registry));
  }
}
