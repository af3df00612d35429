package com.classbook.kernel.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON codec for integration events, so producers and consumers agree on the wire. */
public final class EventJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // Prices travel as exact decimals: 99.90 must arrive as 99.90, never as a double.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private EventJson() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(EventEnvelope envelope) {
    try {
      return MAPPER.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event not serialisable: " + envelope.type(), e);
    }
  }

  public static EventEnvelope read(String json) {
    try {
      return MAPPER.readValue(json, EventEnvelope.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a CloudEvents JSON envelope", e);
    }
  }

  static <T> T convert(JsonNode data, Class<T> type) {
    try {
      return MAPPER.treeToValue(data, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event data is not a " + type.getSimpleName(), e);
    }
  }
}
