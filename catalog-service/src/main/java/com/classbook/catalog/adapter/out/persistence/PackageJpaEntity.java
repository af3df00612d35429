package com.classbook.catalog.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Row of {@code packages}. */
@Entity
@Table(name = "packages")
public class PackageJpaEntity {
  @Id public String id;
  public String name;
  public int credits;
  public BigDecimal price;
  public String currency;

  @Column(name = "country_code")
  public String countryCode;

  @Column(name = "validity_days")
  public int validityDays;

  @Column(name = "is_active")
  public boolean active;

  @Column(name = "created_at")
  public LocalDateTime createdAt;

  @Column(name = "updated_at")
  public LocalDateTime updatedAt;
}
