package com.classbook.platform.outbox;

import java.time.Instant;

/**
 * An outbox row not yet confirmed by the broker: what the relay sends, with the envelope attributes
 * its record repeats as CloudEvents headers ({@code time} is the envelope's time, which the writer
 * keeps to the column's microseconds).
 */
record PendingEvent(
    long seq,
    String topic,
    String key,
    String eventId,
    String type,
    Instant time,
    String payload,
    String requestId,
    String traceparent) {}
