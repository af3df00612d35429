package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.UpdateClassCommand;

/** Body of PATCH /api/v1/classes/{id}; absent fields stay unchanged. */
public record UpdateClassRequest(
    String title, String description, Integer capacity, Boolean active) {
  UpdateClassCommand toCommand(String id) {
    return new UpdateClassCommand(id, title, description, capacity, active);
  }
}
