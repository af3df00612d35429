package com.classbook.waitlist.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of waitlist_entry; times are UTC. Written with native guarded statements only. */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntryJpaEntity {
  @Id public String id;

  @Column(name = "join_seq", insertable = false, updatable = false)
  public long joinSeq;

  @Column(name = "user_id")
  public String userId;

  @Column(name = "class_schedule_id")
  public String classId;

  @Column(name = "booking_id")
  public String bookingId;

  @Column(name = "joined_at")
  public LocalDateTime joinedAt;

  public int position;

  @Column(name = "is_promoted")
  public boolean promoted;

  @Column(name = "promoted_at")
  public LocalDateTime promotedAt;

  @Column(name = "is_refunded")
  public boolean refunded;

  public String status;

  @Column(name = "ended_at")
  public LocalDateTime endedAt;

  @Column(name = "promoted_slot_ref")
  public String promotedSlotRef;
}
