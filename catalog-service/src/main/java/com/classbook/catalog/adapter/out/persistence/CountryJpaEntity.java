package com.classbook.catalog.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Row of {@code countries}; {@code row_version} guards against lost updates. */
@Entity
@Table(name = "countries")
public class CountryJpaEntity {
  @Id public String id;
  public String code;
  public String name;

  @Column(name = "time_zone")
  public String timeZone;

  @Column(name = "is_active")
  public boolean active;

  @Column(name = "created_at")
  public LocalDateTime createdAt;

  @Column(name = "updated_at")
  public LocalDateTime updatedAt;

  @Version
  @Column(name = "row_version")
  public long version;
}
