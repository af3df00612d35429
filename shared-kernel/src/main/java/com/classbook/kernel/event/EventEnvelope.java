package com.classbook.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the unit every service publishes and
 * consumes. {@code requestid} is an extension attribute: the id of the client request that caused
 * the event, absent when none did.
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
    @JsonInclude(JsonInclude.Include.NON_NULL) String requestid) {

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
        null);
  }

  /** This envelope naming the request that caused it. */
  public EventEnvelope withRequestId(String requestId) {
    return new EventEnvelope(
        specversion, id, source, type, subject, time, datacontenttype, data, requestId);
  }

  /** Reads the payload as the given record type. */
  public <T> T dataAs(Class<T> type) {
    return EventJson.convert(data, type);
  }
}
