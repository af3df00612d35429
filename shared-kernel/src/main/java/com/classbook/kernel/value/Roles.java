package com.classbook.kernel.value;

/** The groups carried by access tokens. SERVICE is for service-to-service calls only. */
public final class Roles {
  public static final String MEMBER = "MEMBER";
  public static final String STAFF = "STAFF";
  public static final String ADMIN = "ADMIN";
  public static final String SERVICE = "SERVICE";

  private Roles() {}
}
