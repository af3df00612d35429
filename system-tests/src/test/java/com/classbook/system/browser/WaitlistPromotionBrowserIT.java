package com.classbook.system.browser;

import static com.classbook.system.support.Suite.as;

import com.classbook.system.support.Browser;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A member joins the waitlist of a full class in the app and sees the promotion appear when a seat
 * frees up.
 */
class WaitlistPromotionBrowserIT {

  @Test
  void theWaitingMemberSeesThePromotion() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 5, 30);
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(2, ChronoUnit.DAYS), 1, 1);
    String title = Suite.classTitle(classId);
    Member holder = Suite.newMember("SG");
    Suite.buy(holder, packageId);
    String booking = Suite.book(holder, classId).then().statusCode(201).extract().path("id");
    Member waiting = Suite.newMember("SG", "Wanda", "Waits");
    Suite.buy(waiting, packageId);

    try (Browser browser = Browser.open("waitlist-promotion")) {
      browser.signIn(waiting.email(), Suite.PASSWORD);
      browser
          .visit("/")
          .choose("Country", "Singapore")
          .see(title)
          .click("Class full: join the waitlist for " + title)
          .see("You're number 1 on the waitlist for " + title)
          .screenshot("joined-waitlist");
      browser
          .visit("/waitlist")
          .see("Number 1 in line")
          .assertAccessible("waitlist")
          .screenshot("waiting");

      as(holder.token()).post("/api/v1/bookings/" + booking + "/cancel").then().statusCode(200);

      browser
          .see("A seat freed up: you're booked for " + title, Duration.ofSeconds(60))
          .screenshot("promoted");
      browser.visit("/bookings").see(title).see("Booked");
    }
  }
}
