package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.ClassDetails;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import java.time.Instant;

/**
 * A class as the API shows it: UTC instants plus the start in the country's local time with its
 * offset (e.g. 2026-12-01T09:00+08:00).
 */
public record ClassResponse(
    String id,
    String title,
    String description,
    String countryCode,
    String timeZone,
    Instant startTime,
    Instant endTime,
    String localStartTime,
    int capacity,
    int availableSlots,
    int requiredCredits,
    boolean active,
    boolean cancelled) {

  static ClassResponse from(ClassDetails details) {
    ClassSchedule c = details.schedule();
    return new ClassResponse(
        c.id(),
        c.title(),
        c.description(),
        c.countryCode().value(),
        details.timeZone().getId(),
        c.startTime(),
        c.endTime(),
        c.localStartIn(details.timeZone()).toString(),
        c.capacity(),
        details.availableSlots(),
        c.requiredCredits(),
        c.active(),
        c.cancelled());
  }
}
