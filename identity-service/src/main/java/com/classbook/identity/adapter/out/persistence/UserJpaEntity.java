package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.domain.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Row of the users table. */
@Entity
@Table(name = "users")
public class UserJpaEntity {
  @Id public String id;
  public String email;

  @Column(name = "password_hash")
  public String passwordHash;

  @Column(name = "first_name")
  public String firstName;

  @Column(name = "last_name")
  public String lastName;

  @Column(name = "country_code")
  public String countryCode;

  @Column(name = "email_verified")
  public boolean emailVerified;

  @Enumerated(EnumType.STRING)
  public Role role;

  @Column(name = "created_at")
  public LocalDateTime createdAt;

  @Column(name = "updated_at")
  public LocalDateTime updatedAt;

  @Version
  @Column(name = "row_version")
  public long rowVersion;
}
