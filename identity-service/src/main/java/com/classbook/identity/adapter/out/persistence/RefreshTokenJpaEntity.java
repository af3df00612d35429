package com.classbook.identity.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of the refresh_tokens table. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshTokenJpaEntity {
  @Id public String id;

  @Column(name = "user_id")
  public String userId;

  @Column(name = "family_id")
  public String familyId;

  @Column(name = "token_hash")
  public String tokenHash;

  @Column(name = "family_started_at")
  public LocalDateTime familyStartedAt;

  @Column(name = "issued_at")
  public LocalDateTime issuedAt;

  @Column(name = "expires_at")
  public LocalDateTime expiresAt;

  @Column(name = "rotated_at")
  public LocalDateTime rotatedAt;

  @Column(name = "revoked_at")
  public LocalDateTime revokedAt;
}
