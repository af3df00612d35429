package com.classbook.booking.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Row of the bookings table (all columns of the original Bookings table, plus hold columns). */
@Entity
@Table(name = "bookings")
public class BookingJpaEntity {
  @Id public String id;

  @Column(name = "user_id")
  public String userId;

  @Column(name = "class_schedule_id")
  public String classScheduleId;

  @Column(name = "user_package_id")
  public String userPackageId;

  @Column(name = "credits_used")
  public int creditsUsed;

  @Column(name = "booked_at")
  public LocalDateTime bookedAt;

  @Column(name = "checked_in_at")
  public LocalDateTime checkedInAt;

  @Column(name = "is_cancelled")
  public boolean cancelled;

  @Column(name = "cancelled_at")
  public LocalDateTime cancelledAt;

  @Column(name = "is_refunded")
  public boolean refunded;

  public String status;

  @Version
  @Column(name = "row_version")
  public long rowVersion;

  @Column(name = "hold_request_id")
  public String holdRequestId;

  @Column(name = "promoted_slot_ref")
  public String promotedSlotRef;
}
