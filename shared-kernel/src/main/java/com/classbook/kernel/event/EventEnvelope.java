package com.classbook.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the unit every service publishes and
 * consumes. Two extension attributes, each absent when there is none: {@code requestid}, the id of
 * the client request that caused the event, and {@code traceparent} (the CloudEvents distributed
 * tracing extension), the W3C trace context the event was written in.
 */
public record EventEnvelope(
    String specversion,
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String datacontenttype,
    JsonNode data,
    @JsonInclude(JsonInclude.Include.NON_NULL) String requestid,
    @JsonInclude(JsonInclude.Include.NON_NULL) String traceparent) {

  public static final String SPEC_VERSION = "1.0";
  public static final String JSON = "application/json";

  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
  }

  /** Wraps a payload in a new envelope with a fresh UUID. */
  public static EventEnvelope of(
      String source, String type, String subject, Instant time, Object data) {
    return new EventEnvelope(
        SPEC_VERSION,
        UUID.randomUUID().toString(),
        source,
        type,
        subject,
        time,
        JSON,
        EventJson.mapper().valueToTree(data),
        null,
        null);
  }

  /** This envelope naming the request that caused it. */
  public EventEnvelope withRequestId(String requestId) {
    return new EventEnvelope(
        specversion,
        id,
        source,
        type,
        subject,
        time,
        datacontenttype,
        data,
        requestId,
        traceparent);
  }

  /** This envelope carrying the W3C {@code traceparent} of the trace that wrote it. */
  public EventEnvelope withTraceparent(String traceParent) {
    return new EventEnvelope(
        specversion,
        id,
        source,
        type,
        subject,
        time,
        datacontenttype,
        data,
        requestid,
        traceParent);
  }

  /** Reads the payload as the given record type. */
  public <T> T dataAs(Class<T> type) {
    return EventJson.convert(data, type);
  }
}
