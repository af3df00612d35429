package com.classbook.waitlist.adapter.out.persistence;

import com.classbook.waitlist.domain.EntryStatus;
import com.classbook.waitlist.domain.WaitlistEntry;

/** Maps waitlist_entry rows to the domain. */
final class WaitlistEntryMapper {
  private WaitlistEntryMapper() {}

  static WaitlistEntry toDomain(WaitlistEntryJpaEntity row) {
    return new WaitlistEntry(
        row.id,
        row.userId,
        row.classId,
        row.bookingId,
        row.joinSeq,
        UtcTimes.fromColumn(row.joinedAt),
        row.position,
        EntryStatus.valueOf(row.status),
        UtcTimes.fromColumn(row.promotedAt),
        row.refunded,
        UtcTimes.fromColumn(row.endedAt));
  }
}
