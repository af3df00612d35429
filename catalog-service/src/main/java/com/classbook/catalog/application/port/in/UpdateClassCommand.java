package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.problem.Validate;

/**
 * Changes to one class; a null field stays as it is. Times and credits are fixed once scheduled.
 * With {@code expectedVersion} the change applies only to the class at that version.
 */
public record UpdateClassCommand(
    String id,
    String title,
    String description,
    Integer capacity,
    Boolean active,
    Long expectedVersion) {

  public UpdateClassCommand(
      String id, String title, String description, Integer capacity, Boolean active) {
    this(id, title, description, capacity, active, null);
  }

  public UpdateClassCommand ifAtVersion(Long version) {
    return new UpdateClassCommand(id, title, description, capacity, active, version);
  }

  public UpdateClassCommand {
    Validate.fields()
        .require(title == null || !title.isBlank(), "title", "must not be blank")
        .maxLength(title, "title", ClassSchedule.MAX_TITLE)
        .maxLength(description, "description", ClassSchedule.MAX_DESCRIPTION)
        .require(
            capacity == null || (capacity >= 1 && capacity <= ClassSchedule.MAX_CAPACITY),
            "capacity",
            "must be between 1 and " + ClassSchedule.MAX_CAPACITY)
        .orThrow();
  }
}
