package com.classbook.platform.logging;

import com.classbook.platform.request.RequestIds;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * One JSON object per log line: timestamp, level, logger, thread, message, the request id (when
 * handling a request or its events) and stack trace.
 */
final class JsonLineFormatter extends ExtFormatter {

  @Override
  public String format(ExtLogRecord record) {
    StringBuilder json = new StringBuilder(256).append('{');
    field(json, "timestamp", Instant.ofEpochMilli(record.getMillis()).toString()).append(',');
    field(json, "level", record.getLevel().getName()).append(',');
    field(json, "logger", record.getLoggerName()).append(',');
    field(json, "thread", record.getThreadName()).append(',');
    field(json, "message", formatMessage(record));
    String requestId = record.getMdc(RequestIds.MDC_KEY);
    if (requestId != null && !requestId.isEmpty()) {
      json.append(',');
      field(json, "requestId", requestId);
    }
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      json.append(',');
      field(json, "exception", trace.toString());
    }
    return json.append("}\n").toString();
  }

  private static StringBuilder field(StringBuilder json, String name, String value) {
    json.append('"').append(name).append("\":");
    if (value == null) {
      return json.append("null");
    }
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
