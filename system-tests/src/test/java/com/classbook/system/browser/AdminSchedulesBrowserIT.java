package com.classbook.system.browser;

import com.classbook.system.support.Browser;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An admin schedules a class in the app and edits it (the edit carries the version read when it
 * started); a member then finds it in the listing and books it.
 */
class AdminSchedulesBrowserIT {

  @Test
  void aClassScheduledInTheAppIsBookedByAMember() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 5, 30);
    String title = "Web Barre " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate day = LocalDate.now(ZoneId.of("Asia/Singapore")).plusDays(2);

    try (Browser browser = Browser.open("admin-schedules")) {
      browser.signIn(Suite.ADMIN_EMAIL, Suite.ADMIN_PASSWORD);
      browser
          .visit("/staff/schedule")
          .choose("Country", "Singapore")
          .see("Schedule a class in Singapore")
          .fill("Title", title)
          .fill("Description", "Barre at the studio");
      browser
          .setDate("Date (Asia/Singapore)", day)
          .fill("Start time (local)", "06:45")
          .fill("Capacity", "12")
          .fill("Credits to book", "1");
      browser
          .assertAccessible("schedule")
          .click("Schedule class")
          .see(title + " is scheduled for")
          .screenshot("scheduled");
      // The edit form sits above the form that schedules, so its Capacity field is found first.
      browser
          .see("6:45")
          .click("Edit " + title)
          .see("Edit " + title)
          .fill("Capacity", "14")
          .click("Save")
          .see(title + " is saved.")
          .see("/ 14")
          .click("Sign out");

      Member member = Suite.newMember("SG", "Bea", "Barre");
      Suite.buy(member, packageId);
      browser.signIn(member.email(), Suite.PASSWORD);
      browser
          .visit("/")
          .choose("Country", "Singapore")
          .see(title)
          .click("Book " + title)
          .see("You're booked for " + title)
          .screenshot("member-booked");
    }
  }
}
