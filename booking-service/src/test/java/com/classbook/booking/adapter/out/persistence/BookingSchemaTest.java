package com.classbook.booking.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.platform.testing.SchemaIndexes;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migrations create the wallet and booking indexes SPEC.md names. */
@QuarkusTest
class BookingSchemaTest {
  private final SchemaIndexes indexes = SchemaIndexes.ofTestSchema("booking");

  @Test
  void userPackagesAreIndexedForTheWalletAndTheExpiryJob() {
    assertEquals(
        List.of("user_id", "is_expired", "expires_at"),
        indexes.columns("user_packages", "idx_user_packages_user_expired_expires"));
    assertEquals(
        List.of("expires_at", "is_expired"),
        indexes.columns("user_packages", "idx_user_packages_expires_expired"));
  }

  @Test
  void bookingsAreIndexedByMemberAndClassAndByClassAndStatus() {
    assertEquals(
        List.of("user_id", "class_schedule_id"),
        indexes.columns("bookings", "idx_bookings_user_class"));
    assertEquals(
        List.of("class_schedule_id", "status"),
        indexes.columns("bookings", "idx_bookings_class_status"));
  }

  @Test
  void oneActiveBookingPerMemberAndClassIsEnforcedByTheDatabase() {
    assertEquals(List.of("active_key"), indexes.columns("bookings", "uk_bookings_active"));
    assertTrue(indexes.unique("bookings", "uk_bookings_active"));
  }
}
