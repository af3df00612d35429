package com.classbook.kernel.event.catalog;

import java.time.Instant;

/** Full current state of a class schedule, carried by every event on the classes topic. */
public record ClassState(
    String id,
    String title,
    String countryCode,
    String timeZone,
    Instant startTime,
    Instant endTime,
    int capacity,
    int requiredCredits,
    boolean active,
    boolean cancelled) {
  public static final String SCHEDULED = "catalog.ClassScheduled.v1";
  public static final String UPDATED = "catalog.ClassUpdated.v1";
  public static final String CANCELLED = "catalog.ClassCancelled.v1";

  public ClassState withCapacity(int newCapacity) {
    return new ClassState(
        id,
        title,
        countryCode,
        timeZone,
        startTime,
        endTime,
        newCapacity,
        requiredCredits,
        active,
        cancelled);
  }

  public ClassState withActive(boolean isActive) {
    return new ClassState(
        id,
        title,
        countryCode,
        timeZone,
        startTime,
        endTime,
        capacity,
        requiredCredits,
        isActive,
        cancelled);
  }

  public ClassState withCancelled(boolean isCancelled) {
    return new ClassState(
        id,
        title,
        countryCode,
        timeZone,
        startTime,
        endTime,
        capacity,
        requiredCredits,
        active,
        isCancelled);
  }
}
