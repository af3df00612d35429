package com.classbook.platform.outbox;

/** An outbox row not yet confirmed by the broker. */
record PendingEvent(
    long seq,
    String topic,
    String key,
    String eventId,
    String type,
    String payload,
    String requestId) {}
