package com.classbook.identity.application.port.out;

import com.classbook.identity.domain.RateLimit;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.OptionalLong;

/** Fixed-window request quotas shared by every instance, e.g. registrations per client address. */
public interface RequestQuotas {
  /**
   * Takes one unit of every quota, or none when any is used up; empty when granted, else the
   * seconds until the longest-waiting exhausted quota renews.
   */
  Uni<OptionalLong> take(List<Quota> quotas);

  /** One counter: what is counted ({@code name}), for whom ({@code subject}), up to which limit. */
  record Quota(String name, String subject, RateLimit limit) {}
}
