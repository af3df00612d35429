package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.domain.TokenPurpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of the one_time_tokens table. */
@Entity
@Table(name = "one_time_tokens")
public class OneTimeTokenJpaEntity {
  @Id public String id;

  @Column(name = "user_id")
  public String userId;

  @Enumerated(EnumType.STRING)
  public TokenPurpose purpose;

  @Column(name = "token_hash")
  public String tokenHash;

  @Column(name = "created_at")
  public LocalDateTime createdAt;

  @Column(name = "expires_at")
  public LocalDateTime expiresAt;

  @Column(name = "used_at")
  public LocalDateTime usedAt;
}
