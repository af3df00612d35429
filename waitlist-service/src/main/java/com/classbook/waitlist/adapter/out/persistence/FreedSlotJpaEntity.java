package com.classbook.waitlist.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of freed_slot; times are UTC. */
@Entity
@Table(name = "freed_slot")
public class FreedSlotJpaEntity {
  @Id
  @Column(name = "slot_ref")
  public String slotRef;

  @Column(name = "class_schedule_id")
  public String classId;

  public String state;

  @Column(name = "promoted_entry_id")
  public String promotedEntryId;

  @Column(name = "received_at")
  public LocalDateTime receivedAt;

  @Column(name = "resolved_at")
  public LocalDateTime resolvedAt;

  public int attempts;

  @Column(name = "next_attempt_at")
  public LocalDateTime nextAttemptAt;
}
