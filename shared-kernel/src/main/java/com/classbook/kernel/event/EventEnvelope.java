package com.classbook.kernel.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the unit every service publishes and
 * consumes.
 */
public record EventEnvelope(
    String specversion,
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String datacontenttype,
    JsonNode data) {

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
        EventJson.mapper().valueToTree(data));
  }

  /** Reads the payload as the given record type. */
  public <T> T dataAs(Class<T> type) {
    return EventJson.convert(data, type);
  }
}
