package com.classbook.waitlist.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of class_schedule_replica; times are UTC. */
@Entity
@Table(name = "class_schedule_replica")
public class ClassScheduleJpaEntity {
  @Id public String id;

  @Column(name = "start_time")
  public LocalDateTime startTime;

  @Column(name = "end_time")
  public LocalDateTime endTime;

  public boolean active;
  public boolean cancelled;

  @Column(name = "updated_at")
  public LocalDateTime updatedAt;
}
