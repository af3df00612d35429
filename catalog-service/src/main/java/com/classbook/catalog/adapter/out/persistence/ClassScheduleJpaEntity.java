package com.classbook.catalog.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Row of {@code class_schedules}; {@code row_version} guards against lost updates. */
@Entity
@Table(name = "class_schedules")
public class ClassScheduleJpaEntity {
  @Id public String id;
  public String title;
  public String description;

  @Column(name = "country_code")
  public String countryCode;

  @Column(name = "start_time")
  public LocalDateTime startTime;

  @Column(name = "end_time")
  public LocalDateTime endTime;

  public int capacity;

  @Column(name = "required_credits")
  public int requiredCredits;

  @Column(name = "is_active")
  public boolean active;

  @Column(name = "is_cancelled")
  public boolean cancelled;

  @Column(name = "cancelled_at")
  public LocalDateTime cancelledAt;

  @Column(name = "created_at")
  public LocalDateTime createdAt;

  @Column(name = "updated_at")
  public LocalDateTime updatedAt;

  @Version
  @Column(name = "row_version")
  public long version;
}
