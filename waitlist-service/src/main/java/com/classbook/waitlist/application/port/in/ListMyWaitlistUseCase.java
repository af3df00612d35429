package com.classbook.waitlist.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.List;

/** Lists a member's waitlist entries, newest first, with live positions for those waiting. */
public interface ListMyWaitlistUseCase {
  Uni<List<WaitlistEntryView>> listFor(String userId);
}
