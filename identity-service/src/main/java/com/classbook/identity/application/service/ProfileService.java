package com.classbook.identity.application.service;

import com.classbook.identity.application.port.in.ChangeRoleUseCase;
import com.classbook.identity.application.port.in.GetProfileUseCase;
import com.classbook.identity.application.port.in.UpdateProfileCommand;
import com.classbook.identity.application.port.in.UpdateProfileUseCase;
import com.classbook.identity.application.port.out.CountryReplica;
import com.classbook.identity.application.port.out.EventPublisher;
import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.domain.Role;
import com.classbook.identity.domain.User;
import com.classbook.identity.domain.UserFact;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Reading and changing a user's profile, and role changes by administrators. */
@ApplicationScoped
public class ProfileService implements GetProfileUseCase, UpdateProfileUseCase, ChangeRoleUseCase {

  private final UserRepository users;
  private final CountryReplica countries;
  private final EventPublisher events;
  private final TransactionRunner transactions;
  private final Clock clock;

  public ProfileService(
      UserRepository users,
      CountryReplica countries,
      EventPublisher events,
      TransactionRunner transactions,
      Clock clock) {
    this.users = users;
    this.countries = countries;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Uni<User> profile(UUID userId) {
    return transactions
        .inTransaction(() -> users.findById(userId))
        .map(user -> user.orElseThrow(Problems::accountNotFound));
  }

  @Override
  public Uni<User> update(UpdateProfileCommand command) {
    return transactions.inTransaction(
        () ->
            users
                .lockById(command.userId())
                .map(user -> user.orElseThrow(Problems::accountNotFound))
                .call(
                    user ->
                        command.countryCode() == null
                                || command.countryCode().equals(user.countryCode())
                            ? Uni.createFrom().voidItem()
                            : RegistrationService.requireActiveCountry(
                                countries, command.countryCode()))
                .chain(
                    user ->
                        savedIfChanged(
                            user,
                            user.updateProfile(
                                command.firstName(),
                                command.lastName(),
                                command.countryCode(),
                                clock.instant()))));
  }

  @Override
  public Uni<User> changeRole(UUID userId, Role role) {
    return transactions.inTransaction(
        () ->
            users
                .lockById(userId)
                .map(user -> user.orElseThrow(Problems::accountNotFound))
                .chain(user -> savedIfChanged(user, user.changeRole(role, clock.instant()))));
  }

  private Uni<User> savedIfChanged(User user, Optional<UserFact.ProfileUpdated> change) {
    return change
        .map(updated -> users.update(user).call(() -> events.publish(updated)))
        .orElseGet(() -> Uni.createFrom().item(user));
  }
}
