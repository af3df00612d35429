package com.classbook.platform.metrics;

import com.classbook.kernel.problem.ProblemCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One counter per outcome of a member's request, tagged {@code outcome}: its success, each refusal
 * by problem code (lower case), or {@code error}. The success, the given refusals and the error are
 * registered at once, so their series exist (at 0) before the first decision; another refusal gets
 * its series when it first happens.
 */
public final class OutcomeCounters {

  public static final String ERROR = "error";

  private final MeterRegistry registry;
  private final String name;
  private final String description;
  private final String success;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  public OutcomeCounters(
      MeterRegistry registry,
      String name,
      String description,
      String success,
      List<ProblemCode> refusals) {
    this.registry = registry;
    this.name = name;
    this.description = description;
    this.success = success;
    counter(success);
    refusals.forEach(code -> counter(outcomeOf(code)));
    counter(ERROR);
  }

  public void succeeded() {
    counter(success).increment();
  }

  public void refused(ProblemCode code) {
    counter(outcomeOf(code)).increment();
  }

  /** A failure that is no refusal of the rules (an unexpected error). */
  public void failed() {
    counter(ERROR).increment();
  }

  public static String outcomeOf(ProblemCode code) {
    return code.name().toLowerCase(Locale.ROOT);
  }

  private Counter counter(String outcome) {
    return counters.computeIfAbsent(
        outcome,
        o -> Counter.builder(name).description(description).tag("outcome", o).register(registry));
  }
}
