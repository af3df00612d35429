package com.classbook.catalog.adapter.in.rest;

import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * ETags of catalog resources: the row version, a strong tag, so a PATCH can send it back as
 * If-Match. A class's tag names the version of its definition; its live seat count is not part of
 * it, so bookings never make an admin's If-Match stale.
 */
final class EntityTags {

  /** The version an If-Match names that no stored row ever has. */
  private static final long NO_VERSION = -1;

  private EntityTags() {}

  static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** A 200 with {@code entity} and the ETag of {@code version}. */
  static <T> RestResponse<T> tagged(T entity, long version) {
    return RestResponse.ResponseBuilder.ok(entity).tag(of(version)).build();
  }

  /**
   * The version an If-Match header expects: null when there is none or it is {@code *} (any current
   * version), the version of its first tag otherwise; a tag that is not one of ours never matches.
   */
  static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.split(",")[0].strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      return NO_VERSION;
    }
  }
}
