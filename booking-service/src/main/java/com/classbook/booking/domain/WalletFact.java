package com.classbook.booking.domain;

/**
 * What happened to a member's package, as a fact of the domain returned by {@link UserPackage}'s
 * and {@link PackageOffer}'s own methods; the messaging adapter maps each one to its versioned
 * integration event.
 */
public sealed interface WalletFact {

  /** The package as it is after the fact. */
  UserPackage userPackage();

  /** The credits the fact moved: positive in, negative out. */
  int delta();

  /** The booking or hold that moved them, if any. */
  String bookingId();

  record Purchased(UserPackage userPackage) implements WalletFact {
    @Override
    public int delta() {
      return userPackage.credits();
    }

    @Override
    public String bookingId() {
      return null;
    }
  }

  record Debited(UserPackage userPackage, int credits, String bookingId) implements WalletFact {
    @Override
    public int delta() {
      return -credits;
    }
  }

  record Refunded(UserPackage userPackage, int credits, String bookingId) implements WalletFact {
    @Override
    public int delta() {
      return credits;
    }
  }

  record Expired(UserPackage userPackage) implements WalletFact {
    @Override
    public int delta() {
      return 0;
    }

    @Override
    public String bookingId() {
      return null;
    }
  }
}
