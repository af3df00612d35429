package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.PurchasePackageCommand;
import com.classbook.booking.application.port.in.PurchasePackageUseCase;
import com.classbook.booking.application.port.in.ViewWalletUseCase;
import com.classbook.booking.application.port.in.WalletEntry;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.PackageCatalog;
import com.classbook.booking.application.port.out.PaymentGateway;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.domain.PackageOffer;
import com.classbook.booking.domain.UserPackage;
import com.classbook.booking.domain.WalletFact;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sells packages through the payment port and shows the member's wallet. */
@ApplicationScoped
public class PurchaseService implements PurchasePackageUseCase, ViewWalletUseCase {

  private final TransactionRunner tx;
  private final SlotAllocation allocation;
  private final PackageCatalog catalog;
  private final PaymentGateway payments;
  private final UserPackageRepository wallet;
  private final EventPublisher events;
  private final Clock clock;

  public PurchaseService(
      TransactionRunner tx,
      SlotAllocation allocation,
      PackageCatalog catalog,
      PaymentGateway payments,
      UserPackageRepository wallet,
      EventPublisher events,
      Clock clock) {
    this.tx = tx;
    this.allocation = allocation;
    this.catalog = catalog;
    this.payments = payments;
    this.wallet = wallet;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Uni<WalletEntry> purchase(PurchasePackageCommand command) {
    return tx.inSession(() -> catalog.find(command.packageId()))
        .map(
            found ->
                found
                    .filter(PackageOffer::active)
                    .orElseThrow(
                        () ->
                            new DomainProblem(
                                ProblemCode.PACKAGE_NOT_FOUND,
                                "no active package " + command.packageId())))
        .chain(offer -> charge(command, offer).chain(txId -> credit(command, offer, txId)));
  }

  private Uni<String> charge(PurchasePackageCommand command, PackageOffer offer) {
    return payments
        .addPaymentCard(command.userId(), command.paymentToken())
        .chain(
            card -> payments.charge(command.userId(), card, offer.price(), command.paymentRef()));
  }

  private Uni<WalletEntry> credit(PurchasePackageCommand command, PackageOffer offer, String txId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    WalletFact.Purchased purchased =
        offer.purchase(UUID.randomUUID().toString(), command.userId(), now, txId);
    UserPackage bought = purchased.userPackage();
    // Retried as a whole when the database picks it as a deadlock victim; the charge is not
    // repeated.
    return allocation.retried(
        () ->
            wallet
                .findByTransactionId(txId)
                .chain(
                    credited ->
                        credited.isPresent()
                            ? Uni.createFrom().item(alreadyCredited(credited.get(), command, offer))
                            : wallet
                                .insert(bought)
                                .chain(() -> events.publish(purchased))
                                .replaceWith(new WalletEntry(bought, offer.name(), false))));
  }

  /**
   * The processor answered with a charge this wallet has credited before: the same Idempotency-Key
   * came back after its record expired (24 h) and the processor still knew the charge. The first
   * purchase is the answer, never a second package; a key whose charge bought another package (or
   * is another member's) is the key reused for another request.
   */
  private WalletEntry alreadyCredited(
      UserPackage credited, PurchasePackageCommand command, PackageOffer offer) {
    if (!credited.userId().equals(command.userId()) || !credited.packageId().equals(offer.id())) {
      throw new DomainProblem(
          ProblemCode.IDEMPOTENCY_KEY_REUSED,
          "the payment of this Idempotency-Key was credited for another purchase");
    }
    return new WalletEntry(
        credited,
        offer.name(),
        credited.expired() || !credited.expiresAt().isAfter(clock.instant()));
  }

  @Override
  public Uni<Page<WalletEntry>> packagesOf(String userId, PageRequest request) {
    Instant now = clock.instant();
    return tx.inSession(
        () ->
            wallet
                .pageOf(userId, request)
                .chain(
                    page ->
                        catalog
                            .findAll(page.items().stream().map(UserPackage::packageId).toList())
                            .map(offers -> page.map(p -> entry(p, offers, now)))));
  }

  @Override
  public Uni<WalletEntry> packageOf(String userId, String userPackageId) {
    Instant now = clock.instant();
    return tx.inSession(
        () ->
            wallet
                .findById(userPackageId)
                .map(
                    found ->
                        found
                            .filter(p -> p.userId().equals(userId))
                            .orElseThrow(
                                () ->
                                    new DomainProblem(
                                        ProblemCode.NOT_FOUND, "no user package " + userPackageId)))
                .chain(
                    p ->
                        catalog
                            .findAll(List.of(p.packageId()))
                            .map(offers -> entry(p, offers, now))));
  }

  private static WalletEntry entry(UserPackage p, Map<String, PackageOffer> offers, Instant now) {
    String name =
        offers.containsKey(p.packageId()) ? offers.get(p.packageId()).name() : p.packageId();
    return new WalletEntry(p, name, p.expired() || !p.expiresAt().isAfter(now));
  }
}
