package com.classbook.booking.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Row of the user_packages table (all columns of the original UserPackages table). */
@Entity
@Table(name = "user_packages")
public class UserPackageJpaEntity {
  @Id public String id;

  @Column(name = "user_id")
  public String userId;

  @Column(name = "package_id")
  public String packageId;

  @Column(name = "country_code")
  public String countryCode;

  public int credits;

  @Column(name = "remaining_credits")
  public int remainingCredits;

  @Column(name = "purchased_at")
  public LocalDateTime purchasedAt;

  @Column(name = "expires_at")
  public LocalDateTime expiresAt;

  @Column(name = "is_expired")
  public boolean expired;

  @Column(name = "transaction_id")
  public String transactionId;

  @Version
  @Column(name = "row_version")
  public long rowVersion;
}
