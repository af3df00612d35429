package com.classbook.catalog.domain.schedule;

import java.time.ZoneId;

/**
 * What happened to a class schedule, as a fact of the domain; the messaging adapter maps each one
 * to its versioned integration event.
 */
public sealed interface ClassFact {

  /** The class as it is after the fact. */
  ClassSchedule schedule();

  /** The time zone of the class's country, in which consumers show its times. */
  ZoneId timeZone();

  /** A new, active class was put on the schedule. */
  record Scheduled(ClassSchedule schedule, ZoneId timeZone) implements ClassFact {}

  /**
   * The class changed (title, description, capacity or active flag), or its country moved to
   * another time zone.
   */
  record Updated(ClassSchedule schedule, ZoneId timeZone) implements ClassFact {}

  /** The class was cancelled; it is never active again. */
  record Cancelled(ClassSchedule schedule, ZoneId timeZone) implements ClassFact {}
}
