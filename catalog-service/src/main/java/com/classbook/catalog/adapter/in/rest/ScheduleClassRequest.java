package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.ScheduleClassCommand;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/classes; times are ISO-8601 instants. */
public record ScheduleClassRequest(
    @Schema(example = "Morning Yoga") String title,
    @Schema(example = "Vinyasa flow for all levels") String description,
    @Schema(example = "SG") String countryCode,
    @Schema(example = "2030-01-15T01:00:00Z") Instant startTime,
    @Schema(example = "2030-01-15T02:00:00Z") Instant endTime,
    @Schema(example = "20") Integer capacity,
    @Schema(example = "2") Integer requiredCredits) {

  ScheduleClassCommand toCommand() {
    return new ScheduleClassCommand(
        title, description, countryCode, startTime, endTime, capacity, requiredCredits);
  }
}
