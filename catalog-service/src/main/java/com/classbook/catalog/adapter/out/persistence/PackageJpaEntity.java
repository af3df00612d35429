package com.classbook.catalog.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Row of {@code packages}; {@code row_version} guards against lost updates. */
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

  @Version
  @Column(name = "row_version")
  public long version;
}
