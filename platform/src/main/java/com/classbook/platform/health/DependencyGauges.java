package com.classbook.platform.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Samples the health group {@code dependencies} into the gauge {@code classbook_dependency_up}
 * (label {@code dependency}: 1 up, 0 down), so alerts on a dependency need no probe of their own.
 */
@ApplicationScoped
public class DependencyGauges {

  private static final Logger LOG = Logger.getLogger(DependencyGauges.class);

  private final SmallRyeHealthReporter health;
  private final MeterRegistry registry;
  private final Map<String, AtomicInteger> up = new ConcurrentHashMap<>();

  public DependencyGauges(SmallRyeHealthReporter health, MeterRegistry registry) {
    this.health = health;
    this.registry = registry;
  }

  @Scheduled(
      every = "${classbook.health.dependency-sample-interval:15s}",
      delayed = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> sample() {
    return health
        .getHealthGroupAsync(DependencyHealth.GROUP)
        .invoke(result -> record(result.getPayload()))
        .onFailure()
        .invoke(failure -> LOG.debugf("dependencies not sampled: %s", failure.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  private void record(JsonObject payload) {
    for (JsonValue value : payload.getJsonArray("checks")) {
      JsonObject check = value.asJsonObject();
      gauge(check.getString("name")).set("UP".equals(check.getString("status")) ? 1 : 0);
    }
  }

  private AtomicInteger gauge(String dependency) {
    return up.computeIfAbsent(
        dependency,
        name -> {
          AtomicInteger state = new AtomicInteger();
          Gauge.builder("classbook.dependency.up", state, AtomicInteger::get)
              .description("1 while the dependency answers its health check, 0 while it does not")
              .tag("dependency", name)
              .register(registry);
          return state;
        });
  }
}
