package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.UpdateClassCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PATCH /api/v1/classes/{id}; absent fields stay unchanged. */
public record UpdateClassRequest(
    @Schema(example = "Morning Yoga") String title,
    @Schema(example = "Vinyasa flow for all levels") String description,
    @Schema(example = "25") Integer capacity,
    Boolean active) {
  UpdateClassCommand toCommand(String id) {
    return new UpdateClassCommand(id, title, description, capacity, active);
  }
}
