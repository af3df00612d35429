package com.classbook.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every service's {@code /q/metrics} has in common (docs/metrics.md): each series names its
 * service in the label {@code application}, whatever the scraper adds, and the HTTP server timer is
 * a histogram with a few fixed buckets, so a p99 per service can be computed across instances.
 */
@Singleton
public class MeterFilters {

  /** Upper bounds of the {@code http_server_requests_seconds} buckets. */
  static final Duration[] HTTP_BUCKETS =
      Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
          .map(Duration::ofMillis)
          .toArray(Duration[]::new);

  @Produces
  @Singleton
  MeterFilter applicationTag(
      @ConfigProperty(name = "quarkus.application.name") String application) {
    return MeterFilter.commonTags(Tags.of("application", application));
  }

  @Produces
  @Singleton
  MeterFilter httpServerHistogram() {
    double[] bounds = Stream.of(HTTP_BUCKETS).mapToDouble(Duration::toNanos).toArray();
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (!"http.server.requests".equals(id.getName())) {
          return config;
        }
        return DistributionStatisticConfig.builder()
            .serviceLevelObjectives(bounds)
            .build()
            .merge(config);
      }
    };
  }
}
