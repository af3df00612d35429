package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.problem.Validate;
import java.time.Duration;
import java.time.Instant;

/** A new class: what, where (country), when (UTC), how many seats and what a seat costs. */
public record ScheduleClassCommand(
    String title,
    String description,
    String countryCode,
    Instant startTime,
    Instant endTime,
    Integer capacity,
    Integer requiredCredits) {

  public ScheduleClassCommand {
    Validate.fields()
        .text(title, "title", ClassSchedule.MAX_TITLE)
        .maxLength(description, "description", ClassSchedule.MAX_DESCRIPTION)
        .require(
            CountryCodes.wellFormed(countryCode),
            "countryCode",
            "must be a two-letter country code")
        .require(startTime != null, "startTime", "must be an ISO-8601 instant")
        .require(endTime != null, "endTime", "must be an ISO-8601 instant")
        .require(
            startTime == null || endTime == null || startTime.isBefore(endTime),
            "endTime",
            "must be after startTime")
        .require(
            startTime == null
                || endTime == null
                || !startTime.isBefore(endTime)
                || Duration.between(startTime, endTime).compareTo(ClassSchedule.MAX_DURATION) <= 0,
            "endTime",
            "a class lasts at most " + ClassSchedule.MAX_DURATION.toHours() + " h")
        .require(
            inRange(capacity, ClassSchedule.MAX_CAPACITY),
            "capacity",
            "must be between 1 and " + ClassSchedule.MAX_CAPACITY)
        .require(
            inRange(requiredCredits, ClassSchedule.MAX_REQUIRED_CREDITS),
            "requiredCredits",
            "must be between 1 and " + ClassSchedule.MAX_REQUIRED_CREDITS)
        .orThrow();
  }

  private static boolean inRange(Integer value, int max) {
    return value != null && value >= 1 && value <= max;
  }
}
