package com.classbook.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.support.Browser;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A member buys credits (a declined card first), books a class and cancels it with the refund rule
 * stated.
 */
class BuyBookCancelBrowserIT {

  @Test
  void buyBookAndCancelWithTheRefundRuleStated() {
    String admin = Suite.admin();
    String packageName = Suite.packageName(admin, Suite.createPackage(admin, "SG", 5, 30));
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(2, ChronoUnit.DAYS), 10, 2);
    String title = Suite.classTitle(classId);
    Member member = Suite.newMember("SG", "Ines", "Booker");

    try (Browser browser = Browser.open("buy-book-cancel")) {
      browser.signIn(member.email(), Suite.PASSWORD);
      browser
          .visit("/wallet")
          .choose("Country", "Singapore")
          .choose("Pay with", "Test card: declined")
          .click("Buy " + packageName)
          .see("Your payment was declined. Nothing was charged")
          .screenshot("payment-declined");
      browser
          .choose("Pay with", "Test card: Visa ending 4242")
          .click("Buy " + packageName)
          .see("You bought " + packageName)
          .see("5 credits left")
          .assertAccessible("wallet")
          .screenshot("wallet");

      browser
          .visit("/")
          .choose("Country", "Singapore")
          .click("Book " + title)
          .see("You're booked for " + title)
          .assertAccessible("classes")
          .screenshot("booked");
      browser
          .visit("/bookings")
          .see(title)
          .click("Cancel")
          .see(
              "More than 4 h before the start: full refund. Your 2 credits go back to the same package.")
          .screenshot("cancel-terms");
      browser
          .click("Cancel booking")
          .see("Cancelled " + title + ". Your 2 credit(s) are back in your wallet.")
          .screenshot("cancelled");
      browser.visit("/wallet").see("5 of 5 credits left");
    }
    assertEquals(10, Suite.availableSlots(classId), "the seat is free again");
  }

  @Test
  void phoneSizedScreensNeedNoSidewaysScrolling() {
    Member member = Suite.newMember("SG");
    try (Browser browser = Browser.phone("phone")) {
      browser
          .visit("/")
          .see("Classes")
          .assertNoSidewaysScroll("classes")
          .screenshot("classes-phone");
      browser.signIn(member.email(), Suite.PASSWORD);
      browser
          .visit("/wallet")
          .see("My credits")
          .assertNoSidewaysScroll("wallet")
          .assertAccessible("wallet-phone")
          .screenshot("wallet-phone");
      assertTrue(browser.bodyText().contains("Buy a package"));
    }
  }
}
