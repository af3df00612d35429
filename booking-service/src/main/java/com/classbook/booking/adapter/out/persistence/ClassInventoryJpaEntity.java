package com.classbook.booking.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Row of the class_inventory table: a class replica with its authoritative seat counts. */
@Entity
@Table(name = "class_inventory")
public class ClassInventoryJpaEntity {
  @Id public String id;

  public String title;

  @Column(name = "country_code")
  public String countryCode;

  @Column(name = "start_time")
  public LocalDateTime startTime;

  @Column(name = "end_time")
  public LocalDateTime endTime;

  public int capacity;

  @Column(name = "free_slots")
  public int freeSlots;

  @Column(name = "reserved_slots")
  public int reservedSlots;

  @Column(name = "required_credits")
  public int requiredCredits;

  @Column(name = "is_active")
  public boolean active;

  @Column(name = "is_cancelled")
  public boolean cancelled;

  @Version public long version;

  @Column(name = "updated_at")
  public LocalDateTime updatedAt;
}
