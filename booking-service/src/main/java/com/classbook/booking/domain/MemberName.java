package com.classbook.booking.domain;

/** A member's name as identity last announced it; both parts are null while it is unknown. */
public record MemberName(String userId, String firstName, String lastName) {

  public static MemberName unknown(String userId) {
    return new MemberName(userId, null, null);
  }
}
