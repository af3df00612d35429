package com.classbook.booking.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.application.port.in.HoldPlacement;
import com.classbook.booking.application.port.in.PlaceHoldCommand;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.UserPackage;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import org.junit.jupiter.api.Test;

/** Placing the waitlist's credit hold on in-memory ports. */
class PlaceHoldServiceTest {

  private final BookingUseCases booking = new BookingUseCases();

  private HoldPlacement place(String requestId, String member, ClassInventory cls) {
    return booking
        .holds
        .place(new PlaceHoldCommand(requestId, member, cls.id(), null))
        .await()
        .indefinitely();
  }

  @Test
  void aHoldOnAFullClassDebitsTheCreditsNowAndARepeatFindsTheSameHold() {
    ClassInventory cls = booking.classWith(3, 0);
    UserPackage payer = booking.packageOf("bob", 8);

    HoldPlacement placed = place("req-1", "bob", cls);
    HoldPlacement again = place("req-1", "bob", cls);

    assertTrue(placed.created());
    assertEquals(BookingStatus.WAITLISTED, placed.hold().status());
    assertEquals(6, booking.fakes.packages.get(payer.id()).remainingCredits());
    assertTrue(booking.fakes.facts.contains(new BookingFact.HoldPlaced(placed.hold())));
    assertFalse(again.created());
    assertEquals(placed.hold().id(), again.hold().id());
    assertEquals(6, booking.fakes.packages.get(payer.id()).remainingCredits(), "debited once");
  }

  @Test
  void aClassWithAPublicSeatTakesNoHold() {
    ClassInventory cls = booking.classWith(3, 1);
    UserPackage payer = booking.packageOf("bob", 8);

    DomainProblem refused = assertThrows(DomainProblem.class, () -> place("req-2", "bob", cls));

    assertEquals(ProblemCode.CLASS_NOT_FULL, refused.code());
    assertEquals(8, booking.fakes.packages.get(payer.id()).remainingCredits());
  }

  @Test
  void aMemberWithoutEnoughCreditsGetsNoHold() {
    ClassInventory cls = booking.classWith(3, 0);
    booking.packageOf("bob", 1);

    DomainProblem refused = assertThrows(DomainProblem.class, () -> place("req-3", "bob", cls));

    assertEquals(ProblemCode.INSUFFICIENT_CREDITS, refused.code());
  }
}
