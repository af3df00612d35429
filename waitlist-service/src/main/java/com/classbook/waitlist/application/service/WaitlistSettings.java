package com.classbook.waitlist.application.service;

import java.time.Duration;

/**
 * The waitlist's tuning, built from configuration in {@code config/}.
 *
 * @param slotRetryBase first pause before a freed seat whose promotion failed is tried again
 * @param slotRetryMax longest pause between such tries
 * @param orphanAge a hold or reserved seat without its entry is adopted or released after this
 * @param holdsInterval how often the holds of the booking service are compared with the entries
 * @param seatGrace a seat reserved this recently is left to the promotion under way
 * @param batchSize rows one job pass or reconciliation page takes
 */
public record WaitlistSettings(
    Duration slotRetryBase,
    Duration slotRetryMax,
    Duration orphanAge,
    Duration holdsInterval,
    Duration seatGrace,
    int batchSize) {}
