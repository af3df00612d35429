package com.classbook.system.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.support.Browser;
import com.classbook.system.support.Mailbox;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import org.junit.jupiter.api.Test;

/**
 * A member edits the profile, changes the password, forgets it and resets it through the mailed
 * link.
 */
class AccountBrowserIT {

  @Test
  void profilePasswordChangeAndResetThroughTheMailedLink() {
    Member member = Suite.newMember("SG", "Paula", "Profile");
    String changed = "Changed-Horse-43";
    String reset = "Reset-Horse-44";
    try (Browser browser = Browser.open("account")) {
      browser.signIn(member.email(), Suite.PASSWORD).click("Paula");
      browser
          .fill("First name", "Pauline")
          .click("Save")
          .see("Your profile is saved.")
          .see("Pauline")
          .assertAccessible("profile")
          .screenshot("profile");

      browser
          .fill("Current password", Suite.PASSWORD)
          .fill("New password", changed)
          .click("Change password")
          .see("Your password is changed.");
      browser.click("Sign out").signIn(member.email(), changed).click("Sign out");

      browser
          .visit("/forgot-password")
          .fill("Email", member.email())
          .click("Send me a link")
          .see("If an account exists for this email")
          .screenshot("forgot-password");
      String link = Mailbox.awaitLink(member.email(), "/reset-password?token=");
      assertTrue(
          link.startsWith(browser.baseUrl() + "/reset-password"),
          "the mail links back into the app: " + link);
      browser
          .visit(link)
          .fill("New password", reset)
          .click("Save password")
          .see("Your password was changed, and you were signed out everywhere.")
          .screenshot("password-reset");
      browser.signIn(member.email(), reset).see("Pauline");
    }
  }
}
