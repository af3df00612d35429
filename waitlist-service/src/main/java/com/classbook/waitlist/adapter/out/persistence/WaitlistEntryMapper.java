package com.classbook.waitlist.adapter.out.persistence;

import com.classbook.platform.persistence.UtcColumns;
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
        UtcColumns.fromColumn(row.joinedAt),
        row.position,
        EntryStatus.valueOf(row.status),
        UtcColumns.fromColumn(row.promotedAt),
        row.refunded,
        UtcColumns.fromColumn(row.endedAt));
  }
}
