package com.classbook.platform.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Records spans only when they have somewhere to go. Without an OTLP endpoint nothing is sampled:
 * every request still gets a trace id, which the HTTP server and REST client instrumentation, the
 * outbox and the inbox pass on ({@code traceparent}), but no span is recorded or exported. With
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} set, spans are sampled at {@code
 * classbook.tracing.sample-ratio} (a sampled caller's decision is followed) and exported there.
 */
@ApplicationScoped
public class TracingSampler {

  private static final Logger LOG = Logger.getLogger(TracingSampler.class);

  @Produces
  @Singleton
  Sampler sampler(
      @ConfigProperty(name = "quarkus.otel.exporter.otlp.endpoint") Optional<String> endpoint,
      @ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint")
          Optional<String> tracesEndpoint,
      @ConfigProperty(name = "classbook.tracing.sample-ratio", defaultValue = "1.0") double ratio) {
    Optional<String> target = tracesEndpoint.or(() -> endpoint).filter(url -> !url.isBlank());
    if (target.isEmpty()) {
      LOG.debug("no OTLP endpoint: trace context is propagated, no span is recorded");
      return Sampler.alwaysOff();
    }
    LOG.infof("spans are exported to %s (sample ratio %s)", target.get(), ratio);
    return Sampler.parentBased(Sampler.traceIdRatioBased(ratio));
  }
}
