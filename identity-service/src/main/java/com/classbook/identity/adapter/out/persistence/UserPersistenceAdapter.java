package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.User;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.persistence.UtcColumns;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Users in MySQL through Hibernate Reactive. */
@ApplicationScoped
public class UserPersistenceAdapter
    implements UserRepository, PanacheRepositoryBase<UserJpaEntity, String> {

  @Override
  public Uni<Optional<User>> findById(UUID id) {
    return findById(id.toString()).map(row -> Optional.ofNullable(row).map(this::toDomain));
  }

  /**
   * A plain {@code SELECT ... FOR UPDATE}: the dialect's {@code FOR UPDATE OF alias} is MySQL 8
   * only. The locking read itself loads the row, because it reads the latest committed version
   * where a plain read after it could still see the transaction's older snapshot.
   */
  @Override
  public Uni<Optional<User>> lockById(UUID id) {
    return getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "SELECT * FROM users WHERE id = ?1 FOR UPDATE", UserJpaEntity.class)
                    .setParameter(1, id.toString())
                    .getSingleResultOrNull())
        .map(row -> Optional.ofNullable(row).map(this::toDomain));
  }

  @Override
  public Uni<Optional<User>> findByEmail(String canonicalEmail) {
    return find("email", canonicalEmail)
        .firstResult()
        .map(row -> Optional.ofNullable(row).map(this::toDomain));
  }

  @Override
  public Uni<User> insert(User user) {
    UserJpaEntity row = new UserJpaEntity();
    row.id = user.id().toString();
    copy(user, row);
    return persistAndFlush(row)
        .replaceWith(user)
        .onFailure(DuplicateKeys::isDuplicateKey)
        .transform(
            failure ->
                new DomainProblem(ProblemCode.EMAIL_TAKEN, "this email is already registered"));
  }

  @Override
  public Uni<User> update(User user) {
    return findById(user.id().toString())
        .invoke(
            row -> {
              if (row == null) {
                throw new IllegalStateException("user " + user.id() + " vanished");
              }
              copy(user, row);
            })
        .call(this::flush)
        .replaceWith(user);
  }

  private void copy(User user, UserJpaEntity row) {
    row.email = user.email().value();
    row.passwordHash = user.passwordHash();
    row.firstName = user.firstName();
    row.lastName = user.lastName();
    row.countryCode = user.countryCode();
    row.emailVerified = user.emailVerified();
    row.role = user.role();
    row.createdAt = UtcColumns.toColumn(user.createdAt());
    row.updatedAt = UtcColumns.toColumn(user.updatedAt());
  }

  private User toDomain(UserJpaEntity row) {
    return new User(
        UUID.fromString(row.id),
        new EmailAddress(row.email),
        row.passwordHash,
        row.firstName,
        row.lastName,
        row.countryCode,
        row.emailVerified,
        row.role,
        UtcColumns.fromColumn(row.createdAt),
        UtcColumns.fromColumn(row.updatedAt),
        row.rowVersion);
  }
}
