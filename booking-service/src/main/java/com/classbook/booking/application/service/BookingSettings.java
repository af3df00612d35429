package com.classbook.booking.application.service;

import java.time.Duration;

/**
 * The booking rules' numbers and the slot-allocation tuning.
 *
 * @param refundCutoff a cancellation refunds when made at least this long before the start
 * @param checkInOpensBefore check-in opens this long before the start
 * @param maxAttempts attempts of one transaction that lost a guarded update to a concurrent one
 * @param jobBatchSize rows one housekeeping pass claims
 */
public record BookingSettings(
    Duration refundCutoff, Duration checkInOpensBefore, int maxAttempts, int jobBatchSize) {}
