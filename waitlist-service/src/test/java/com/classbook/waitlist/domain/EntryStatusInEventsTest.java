package com.classbook.waitlist.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.waitlist.WaitlistEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** WaitlistEvent.status documents (asyncapi enum) exactly the statuses an entry can have. */
class EntryStatusInEventsTest {

  @Test
  void theEventsStatusesAreTheEntryStatuses() {
    assertEquals(
        WaitlistEvent.STATUSES, Arrays.stream(EntryStatus.values()).map(Enum::name).toList());
  }
}
