package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.MemberName;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The replica of members' names, fed by identity's user events. */
public interface MemberNames {

  /** Keeps the name of the latest event of a member. */
  Uni<Void> upsert(MemberName name, Instant now);

  /** The known names of the given members, by user id; unknown members are absent. */
  Uni<Map<String, MemberName>> find(Collection<String> userIds);
}
