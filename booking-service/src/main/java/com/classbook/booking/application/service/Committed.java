package com.classbook.booking.application.service;

import com.classbook.booking.domain.ClassInventory;
import java.util.Optional;

/**
 * What one transaction produced, with the class's committed seat counts when it moved a seat, so
 * the counter cache can follow.
 */
public record Committed<T>(T value, Optional<ClassInventory> seats) {

  /** A transaction that moved a seat of the class, whose committed row is {@code latest}. */
  public static <T> Committed<T> withSeats(T value, ClassInventory latest) {
    return new Committed<>(value, Optional.of(latest));
  }

  /** A transaction whose answer is the class row itself, after it moved a seat. */
  public static Committed<ClassInventory> seats(ClassInventory latest) {
    return withSeats(latest, latest);
  }

  public static <T> Committed<T> withoutSeatChange(T value) {
    return new Committed<>(value, Optional.empty());
  }
}
