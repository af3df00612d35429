package com.classbook.identity.application.service;

import com.classbook.identity.application.port.in.SeedAdminUseCase;
import com.classbook.identity.application.port.out.EventPublisher;
import com.classbook.identity.application.port.out.PasswordHasher;
import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.PasswordPolicy;
import com.classbook.identity.domain.User;
import com.classbook.identity.domain.UserFact;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Creates the configured administrator when it does not exist yet. */
@ApplicationScoped
public class SeedAdminService implements SeedAdminUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final EventPublisher events;
  private final TransactionRunner transactions;
  private final Clock clock;

  public SeedAdminService(
      UserRepository users,
      PasswordHasher hasher,
      EventPublisher events,
      TransactionRunner transactions,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Uni<Boolean> seed(String email, String password, String countryCode) {
    if (!EmailAddress.isValid(email)) {
      return Uni.createFrom().failure(new IllegalArgumentException("admin email is invalid"));
    }
    if (PasswordPolicy.violation(password).isPresent()) {
      return Uni.createFrom()
          .failure(
              new IllegalArgumentException(
                  "admin password " + PasswordPolicy.violation(password).get()));
    }
    EmailAddress address = new EmailAddress(email);
    return transactions
        .inTransaction(() -> users.findByEmail(address.value()))
        .chain(
            existing ->
                existing.isPresent()
                    ? Uni.createFrom().item(false)
                    : hasher
                        .hash(password)
                        .chain(
                            hash ->
                                transactions.inTransaction(
                                    () -> insertAdministrator(address, hash, countryCode)))
                        // Another instance seeded it at the same moment: the goal is reached.
                        .onFailure(
                            failure ->
                                failure instanceof DomainProblem problem
                                    && problem.code() == ProblemCode.EMAIL_TAKEN)
                        .recoverWithItem(false));
  }

  private Uni<Boolean> insertAdministrator(EmailAddress address, String hash, String countryCode) {
    UserFact.Registered registered =
        User.registerAdministrator(
            address, hash, new CountryCode(countryCode).value(), clock.instant());
    return users.insert(registered.user()).call(() -> events.publish(registered)).replaceWith(true);
  }
}
