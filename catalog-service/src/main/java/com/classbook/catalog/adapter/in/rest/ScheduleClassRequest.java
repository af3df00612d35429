package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.ScheduleClassCommand;
import java.time.Instant;

/** Body of POST /api/v1/classes; times are ISO-8601 instants. */
public record ScheduleClassRequest(
    String title,
    String description,
    String countryCode,
    Instant startTime,
    Instant endTime,
    Integer capacity,
    Integer requiredCredits) {

  ScheduleClassCommand toCommand() {
    return new ScheduleClassCommand(
        title, description, countryCode, startTime, endTime, capacity, requiredCredits);
  }
}
