package com.classbook.platform.outbox;

import com.classbook.platform.reactive.SqlValues;

/** An outbox row not yet confirmed by the broker. */
record PendingEvent(
    long seq, String topic, String key, String eventId, String type, String payload) {

  static PendingEvent fromRow(Object[] row) {
    return new PendingEvent(
        ((Number) row[0]).longValue(),
        SqlValues.text(row[1]),
        SqlValues.text(row[2]),
        SqlValues.text(row[3]),
        SqlValues.text(row[4]),
        SqlValues.text(row[5]));
  }
}
