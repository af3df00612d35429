package com.classbook.booking.application.port.out;

/** A guarded update lost to a concurrent writer (or the database chose it as deadlock victim). */
public class ConcurrentUpdate extends RuntimeException {
  public ConcurrentUpdate(String what) {
    super(what, null, false, false);
  }
}
