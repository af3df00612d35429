package com.classbook.waitlist.adapter.out.persistence;

import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.persistence.UtcColumns;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import com.classbook.waitlist.domain.EntryStatus;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Waitlist entries in MySQL; every state change is a guarded native UPDATE. */
@ApplicationScoped
public class WaitlistEntryPersistenceAdapter implements WaitlistEntryRepository {

  private static final String COLUMNS =
      "id, join_seq, user_id, class_schedule_id, booking_id, joined_at, position, is_promoted,"
          + " promoted_at, is_refunded, status, ended_at, promoted_slot_ref";
  private static final String ACTIVE_KEY = "uk_waitlist_active_user_class";

  @Override
  public Uni<Optional<WaitlistEntry>> findById(String id) {
    return one("SELECT " + COLUMNS + " FROM waitlist_entry WHERE id = ?1", id);
  }

  @Override
  public Uni<Optional<WaitlistEntry>> lockById(String id) {
    return one("SELECT " + COLUMNS + " FROM waitlist_entry WHERE id = ?1 FOR UPDATE", id);
  }

  @Override
  public Uni<Optional<WaitlistEntry>> findWaiting(String userId, String classId) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM waitlist_entry WHERE user_id = ?1 AND class_schedule_id = ?2"
            + " AND status = 'WAITING'",
        userId,
        classId);
  }

  @Override
  public Uni<Page<WaitlistEntry>> pageByUser(String userId, PageRequest request) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery("SELECT COUNT(*) FROM waitlist_entry WHERE user_id = ?1")
                    .setParameter(1, userId)
                    .getSingleResult())
        .map(count -> ((Number) count).longValue())
        .chain(
            total ->
                many(
                        "SELECT "
                            + COLUMNS
                            + " FROM waitlist_entry WHERE user_id = ?1 ORDER BY join_seq DESC"
                            + " LIMIT "
                            + request.size()
                            + " OFFSET "
                            + request.offset(),
                        userId)
                    .map(entries -> Page.of(entries, request, total)));
  }

  @Override
  public Uni<WaitlistEntry> insert(WaitlistEntry entry) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO waitlist_entry (id, user_id, class_schedule_id, joined_at,"
                            + " position, status) VALUES (?1, ?2, ?3, ?4, 0, ?5)")
                    .setParameter(1, entry.id())
                    .setParameter(2, entry.userId())
                    .setParameter(3, entry.classId())
                    .setParameter(4, UtcColumns.toColumn(entry.joinedAt()))
                    .setParameter(5, EntryStatus.WAITING.name())
                    .executeUpdate())
        .onFailure(WaitlistEntryPersistenceAdapter::isActiveDuplicate)
        .transform(
            failure ->
                new DomainProblem(
                    ProblemCode.ALREADY_WAITLISTED,
                    "you are already on the waitlist of this class"))
        .chain(
            () ->
                Panache.getSession()
                    .chain(
                        s ->
                            s.createNativeQuery("SELECT join_seq FROM waitlist_entry WHERE id = ?1")
                                .setParameter(1, entry.id())
                                .getSingleResult()))
        .map(seq -> entry.holding(null, ((Number) seq).longValue(), 0));
  }

  @Override
  public Uni<Void> attachHold(WaitlistEntry entry) {
    return update(
            "UPDATE waitlist_entry SET booking_id = ?1, position = ?2 WHERE id = ?3",
            entry.bookingId(),
            entry.positionAtJoin(),
            entry.id())
        .replaceWithVoid();
  }

  @Override
  public Uni<Long> countWaitingBefore(String classId, long joinSeq) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT COUNT(*) FROM waitlist_entry WHERE class_schedule_id = ?1"
                            + " AND status = 'WAITING' AND join_seq < ?2")
                    .setParameter(1, classId)
                    .setParameter(2, joinSeq)
                    .getSingleResult())
        .map(count -> ((Number) count).longValue());
  }

  @Override
  public Uni<List<WaitlistEntry>> waitingOf(String classId) {
    return many(
        "SELECT "
            + COLUMNS
            + " FROM waitlist_entry WHERE class_schedule_id = ?1 AND status = 'WAITING'"
            + " ORDER BY join_seq",
        classId);
  }

  @Override
  public Uni<Optional<WaitlistEntry>> lockHead(String classId) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM waitlist_entry WHERE class_schedule_id = ?1 AND status = 'WAITING'"
            + " ORDER BY join_seq LIMIT 1 FOR UPDATE",
        classId);
  }

  @Override
  public Uni<Boolean> endWaiting(WaitlistEntry ended, String slotRef) {
    return update(
            "UPDATE waitlist_entry SET status = ?1, is_promoted = ?2, promoted_at = ?3,"
                + " is_refunded = ?4, ended_at = ?5, promoted_slot_ref = ?6"
                + " WHERE id = ?7 AND status = 'WAITING'",
            ended.status().name(),
            ended.status() == EntryStatus.PROMOTED,
            UtcColumns.toColumn(ended.promotedAt()),
            ended.refunded(),
            UtcColumns.toColumn(ended.endedAt()),
            slotRef,
            ended.id())
        .map(rows -> rows == 1);
  }

  @Override
  public Uni<List<String>> classesDueForRefund(Instant now, int limit) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT DISTINCT e.class_schedule_id FROM waitlist_entry e"
                            + " JOIN class_schedule_replica c ON c.id = e.class_schedule_id"
                            + " WHERE e.status = 'WAITING' AND (c.cancelled OR c.start_time <= ?1)"
                            + " LIMIT ?2",
                        String.class)
                    .setParameter(1, UtcColumns.toColumn(now))
                    .setParameter(2, limit)
                    .getResultList());
  }

  private Uni<Optional<WaitlistEntry>> one(String sql, Object... params) {
    return many(sql, params).map(rows -> rows.stream().findFirst());
  }

  private Uni<List<WaitlistEntry>> many(String sql, Object... params) {
    return Panache.getSession()
        .chain(
            s -> {
              var query = s.createNativeQuery(sql, WaitlistEntryJpaEntity.class);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
              }
              return query.getResultList();
            })
        .map(rows -> rows.stream().map(WaitlistEntryMapper::toDomain).toList());
  }

  private static Uni<Integer> update(String sql, Object... params) {
    return Panache.getSession()
        .chain(
            s -> {
              var query = s.createNativeQuery(sql);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
              }
              return query.executeUpdate();
            });
  }

  /** Only the active-entry unique key means "already waiting"; other failures stay failures. */
  private static boolean isActiveDuplicate(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains(ACTIVE_KEY)) {
        return true;
      }
    }
    return false;
  }
}
