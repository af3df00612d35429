package com.classbook.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Spans are recorded only when an OTLP endpoint is configured. */
class TracingSamplerTest {

  private final TracingSampler producer = new TracingSampler();

  @Test
  void withoutAnEndpointNothingIsRecorded() {
    assertEquals(Sampler.alwaysOff(), producer.sampler(Optional.empty(), Optional.empty(), 1.0));
    assertEquals(Sampler.alwaysOff(), producer.sampler(Optional.of(" "), Optional.empty(), 1.0));
  }

  @Test
  void anEndpointRecordsAtTheRatioFollowingASampledCaller() {
    Sampler expected = Sampler.parentBased(Sampler.traceIdRatioBased(0.25));
    assertEquals(
        expected.getDescription(),
        producer
            .sampler(Optional.of("http://collector:4317"), Optional.empty(), 0.25)
            .getDescription());
    assertEquals(
        expected.getDescription(),
        producer
            .sampler(Optional.empty(), Optional.of("http://collector:4318/v1/traces"), 0.25)
            .getDescription());
  }
}
