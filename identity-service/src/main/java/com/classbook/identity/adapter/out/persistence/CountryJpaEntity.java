package com.classbook.identity.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of the countries replica. */
@Entity
@Table(name = "countries")
public class CountryJpaEntity {
  @Id public String code;
  public String name;

  @Column(name = "time_zone")
  public String timeZone;

  public boolean active;

  @Column(name = "updated_at")
  public LocalDateTime updatedAt;
}
