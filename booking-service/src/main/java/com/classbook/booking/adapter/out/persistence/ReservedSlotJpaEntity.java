package com.classbook.booking.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of the reserved_slot table: one seat kept for the waitlist. */
@Entity
@Table(name = "reserved_slot")
public class ReservedSlotJpaEntity {
  @Id
  @Column(name = "slot_ref")
  public String slotRef;

  @Column(name = "class_id")
  public String classId;

  @Column(name = "created_at")
  public LocalDateTime createdAt;

  public String state;

  @Column(name = "used_by_booking_id")
  public String usedByBookingId;
}
