package com.classbook.waitlist.domain;

/** Lifecycle of a waitlist entry: only WAITING entries hold a place in the queue. */
public enum EntryStatus {
  WAITING,
  PROMOTED,
  LEFT,
  REFUNDED
}
