package com.classbook.booking.adapter.in.rest;

import com.classbook.kernel.value.Roles;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller: the member is the token's subject. Identity issues member tokens only
 * after email verification, so every member token stands for a verified member.
 */
@RequestScoped
public class CurrentCaller {

  private final JsonWebToken jwt;

  public CurrentCaller(JsonWebToken jwt) {
    this.jwt = jwt;
  }

  public String id() {
    return jwt.getSubject();
  }

  public boolean isAdmin() {
    return jwt.getGroups().contains(Roles.ADMIN);
  }

  public boolean isStaff() {
    return jwt.getGroups().contains(Roles.STAFF) || isAdmin();
  }
}
