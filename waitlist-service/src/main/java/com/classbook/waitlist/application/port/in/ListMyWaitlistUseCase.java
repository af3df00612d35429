package com.classbook.waitlist.application.port.in;

import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import io.smallrye.mutiny.Uni;

/** Lists a member's waitlist entries, newest first, with live positions for those waiting. */
public interface ListMyWaitlistUseCase {
  Uni<Page<WaitlistEntryView>> listFor(String userId, PageRequest request);
}
