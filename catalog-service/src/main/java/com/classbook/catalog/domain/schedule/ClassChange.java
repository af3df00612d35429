package com.classbook.catalog.domain.schedule;

/** What happened to a class schedule; each committed change is published once. */
public enum ClassChange {
  SCHEDULED,
  UPDATED,
  CANCELLED
}
