package com.classbook.booking.application.service;

import com.classbook.booking.domain.ClassInventory;

/**
 * What one transaction produced, with the class's committed seat counts when it moved a seat (null
 * otherwise) so the counter cache can follow.
 */
public record Committed<T>(T value, ClassInventory inventory) {
  public static <T> Committed<T> withoutSeatChange(T value) {
    return new Committed<>(value, null);
  }
}
