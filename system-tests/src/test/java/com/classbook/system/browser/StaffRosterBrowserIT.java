package com.classbook.system.browser;

import static com.classbook.system.support.Suite.as;
import static org.hamcrest.Matchers.equalTo;

import com.classbook.system.support.Browser;
import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff open a class's roster, see booked members by name and check one in with one click. */
class StaffRosterBrowserIT {

  @Test
  void staffCheckInFromTheRoster() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 5, 30);
    // Check-in opens 15 minutes before the start: a class starting in 10 minutes has it open.
    String classId =
        Suite.createClass(admin, "SG", Instant.now().plus(10, ChronoUnit.MINUTES), 5, 1);
    Member member = Suite.newMember("SG", "Rosa", "Roster");
    Suite.buy(member, packageId);
    String booking = Suite.book(member, classId).then().statusCode(201).extract().path("id");
    Member staff = Suite.newMember("SG", "Sam", "Staff");
    as(admin)
        .body(Map.of("role", "STAFF"))
        .patch("/api/v1/users/" + staff.id() + "/role")
        .then()
        .statusCode(200);

    try (Browser browser = Browser.open("staff-roster")) {
      browser.signIn(staff.email(), Suite.PASSWORD);
      browser
          .visit("/staff/roster/" + classId)
          .see("Rosa Roster", Duration.ofSeconds(30))
          .assertAccessible("roster")
          .screenshot("roster");
      browser
          .click("Check in Rosa Roster")
          .see("Rosa Roster is checked in.")
          .see("Checked in")
          .screenshot("checked-in");
      browser
          .visit("/staff/occupancy")
          .see("Per day")
          .assertAccessible("occupancy")
          .screenshot("occupancy");
    }
    Poll.until(
            "checked in",
            Duration.ofSeconds(10),
            () -> as(member.token()).get("/api/v1/bookings/" + booking),
            r -> r.statusCode() == 200)
        .then()
        .body("status", equalTo("CHECKED_IN"));
  }
}
