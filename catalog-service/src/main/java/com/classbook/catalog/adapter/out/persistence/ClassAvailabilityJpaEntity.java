package com.classbook.catalog.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of {@code class_availability}: the latest seat counts reported for one class. */
@Entity
@Table(name = "class_availability")
public class ClassAvailabilityJpaEntity {
  @Id
  @Column(name = "class_id")
  public String classId;

  public int capacity;

  @Column(name = "free_slots")
  public int freeSlots;

  @Column(name = "reserved_slots")
  public int reservedSlots;

  @Column(name = "booked_slots")
  public int bookedSlots;

  @Column(name = "updated_at")
  public LocalDateTime updatedAt;
}
