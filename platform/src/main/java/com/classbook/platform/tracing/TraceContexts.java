package com.classbook.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}) that follows a request through HTTP calls and, by way
 * of the outbox, through the events it caused.
 */
public final class TraceContexts {

  /** The W3C header, Kafka header and CloudEvents extension attribute. */
  public static final String TRACEPARENT = "traceparent";

  private static final TextMapGetter<Map<String, String>> FROM_MAP =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private TraceContexts() {}

  /** The {@code traceparent} of the current span, or null outside of a trace (tracing off). */
  public static String currentTraceparent() {
    if (!Span.current().getSpanContext().isValid()) {
      return null;
    }
    Map<String, String> carrier = new HashMap<>(4);
    W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
    return carrier.get(TRACEPARENT);
  }

  /**
   * The context whose remote parent is the span a {@code traceparent} names, or null when it is
   * absent or malformed.
   */
  public static Context parentOf(String traceparent) {
    if (traceparent == null || traceparent.isBlank()) {
      return null;
    }
    Context extracted =
        W3CTraceContextPropagator.getInstance()
            .extract(Context.root(), Map.of(TRACEPARENT, traceparent), FROM_MAP);
    return Span.fromContext(extracted).getSpanContext().isValid() ? extracted : null;
  }
}
