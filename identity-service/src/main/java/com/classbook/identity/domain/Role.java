package com.classbook.identity.domain;

import com.classbook.kernel.problem.ValidationProblem;
import java.util.Locale;

/** What a user may do: members book, staff check others in, admins run the catalog and users. */
public enum Role {
  MEMBER,
  STAFF,
  ADMIN;

  /** Parses a role name case-insensitively; anything else is a validation failure. */
  public static Role parse(String value, String field) {
    if (value != null) {
      for (Role role : values()) {
        if (role.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
          return role;
        }
      }
    }
    throw ValidationProblem.of(field, "must be one of MEMBER, STAFF, ADMIN");
  }
}
