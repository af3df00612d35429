package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.domain.UserPackage;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The credit wallet in MySQL: every credit change is a guarded UPDATE checked by row count. */
@ApplicationScoped
public class UserPackagePersistenceAdapter implements UserPackageRepository {

  private static final String COLUMNS =
      "id, user_id, package_id, country_code, credits, remaining_credits, purchased_at,"
          + " expires_at, is_expired, transaction_id, row_version";

  @Override
  public Uni<Void> serialiseMember(String userId, Instant now) {
    // A locking write as the transaction's first statement: the row lock serialises the member's
    // booking transactions, and the snapshot of later reads is taken after it was granted.
    return NativeSql.update(
            "INSERT INTO member_guard (user_id, touched_at) VALUES (?1, ?2)"
                + " ON DUPLICATE KEY UPDATE touched_at = ?3",
            userId,
            now,
            now)
        .replaceWithVoid();
  }

  @Override
  public Uni<Page<UserPackage>> pageOf(String userId, PageRequest request) {
    return NativeSql.count("SELECT COUNT(*) FROM user_packages WHERE user_id = ?1", userId)
        .chain(
            total ->
                list(
                        "SELECT "
                            + COLUMNS
                            + " FROM user_packages WHERE user_id = ?1"
                            + " ORDER BY purchased_at DESC, id LIMIT "
                            + request.size()
                            + " OFFSET "
                            + request.offset(),
                        userId)
                    .map(packages -> Page.of(packages, request, total)));
  }

  @Override
  public Uni<Optional<UserPackage>> findById(String id) {
    return list("SELECT " + COLUMNS + " FROM user_packages WHERE id = ?1", id)
        .map(rows -> rows.stream().findFirst());
  }

  @Override
  public Uni<Optional<UserPackage>> findByTransactionId(String transactionId) {
    return list(
            "SELECT " + COLUMNS + " FROM user_packages WHERE transaction_id = ?1", transactionId)
        .map(rows -> rows.stream().findFirst());
  }

  @Override
  public Uni<List<UserPackage>> findOpenOf(String userId) {
    return list(
        "SELECT " + COLUMNS + " FROM user_packages WHERE user_id = ?1 AND is_expired = FALSE",
        userId);
  }

  @Override
  public Uni<Optional<UserPackage>> lockById(String id) {
    return list("SELECT " + COLUMNS + " FROM user_packages WHERE id = ?1 FOR UPDATE", id)
        .map(rows -> rows.stream().findFirst());
  }

  @Override
  public Uni<Void> insert(UserPackage p) {
    // Only the unique transaction id can collide (the id is random): the charge was credited
    // concurrently, and the retried transaction finds that package.
    return NativeSql.update(
            "INSERT INTO user_packages (id, user_id, package_id, country_code, credits,"
                + " remaining_credits, purchased_at, expires_at, is_expired, transaction_id,"
                + " row_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0)",
            p.id(),
            p.userId(),
            p.packageId(),
            p.countryCode(),
            p.credits(),
            p.remainingCredits(),
            p.purchasedAt(),
            p.expiresAt(),
            p.expired(),
            p.transactionId())
        .replaceWithVoid()
        .onFailure(DatabaseFailures::isUniqueViolation)
        .transform(failure -> new ConcurrentUpdate("payment " + p.transactionId() + " credited"));
  }

  @Override
  public Uni<Void> debit(UserPackage read, int credits) {
    return NativeSql.update(
            "UPDATE user_packages SET remaining_credits = remaining_credits - ?1,"
                + " row_version = row_version + 1"
                + " WHERE id = ?2 AND remaining_credits >= ?3 AND row_version = ?4",
            credits,
            read.id(),
            credits,
            read.version())
        .invoke(
            rows -> {
              if (rows != 1) {
                throw new ConcurrentUpdate("user package " + read.id() + " changed");
              }
            })
        .replaceWithVoid();
  }

  @Override
  public Uni<Boolean> refund(String id, int credits) {
    return NativeSql.update(
            "UPDATE user_packages SET remaining_credits = remaining_credits + ?1,"
                + " row_version = row_version + 1 WHERE id = ?2 AND remaining_credits + ?3 <= credits",
            credits,
            id,
            credits)
        .map(rows -> rows == 1);
  }

  @Override
  public Uni<List<UserPackage>> claimExpired(Instant now, int limit) {
    return list(
        "SELECT "
            + COLUMNS
            + " FROM user_packages WHERE expires_at <= ?1 AND is_expired = FALSE"
            + " ORDER BY expires_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED",
        now,
        limit);
  }

  @Override
  public Uni<Boolean> markExpired(UserPackage read) {
    return NativeSql.update(
            "UPDATE user_packages SET is_expired = TRUE, row_version = row_version + 1"
                + " WHERE id = ?1 AND is_expired = FALSE",
            read.id())
        .map(rows -> rows == 1);
  }

  private static Uni<List<UserPackage>> list(String sql, Object... params) {
    return NativeSql.rows(sql, params)
        .map(rows -> rows.stream().map(UserPackagePersistenceAdapter::toDomain).toList());
  }

  private static UserPackage toDomain(SqlRow r) {
    return new UserPackage(
        r.text("id"),
        r.text("user_id"),
        r.text("package_id"),
        r.text("country_code"),
        r.integer("credits"),
        r.integer("remaining_credits"),
        r.instant("purchased_at"),
        r.instant("expires_at"),
        r.bool("is_expired"),
        r.text("transaction_id"),
        r.longValue("row_version"));
  }
}
