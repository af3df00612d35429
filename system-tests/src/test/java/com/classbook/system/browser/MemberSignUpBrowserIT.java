package com.classbook.system.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.support.Browser;
import com.classbook.system.support.Mailbox;
import com.classbook.system.support.Suite;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A visitor signs up in the web app, follows the emailed link back into it, and signs in. */
class MemberSignUpBrowserIT {

  @Test
  void signUpThroughTheEmailedLink() {
    String email = "web-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    try (Browser browser = Browser.open("sign-up")) {
      browser
          .visit("/signup")
          .fill("First name", "Grace")
          .fill("Last name", "Hopper")
          .fill("Email", email)
          .fill("Password", Suite.PASSWORD)
          .choose("Country", "Singapore")
          .assertAccessible("sign-up")
          .screenshot("sign-up-form");
      browser
          .click("Create account")
          .see("We sent a confirmation link to " + email)
          .screenshot("check-your-mail");

      String link = Mailbox.awaitLink(email, "/verify-email?token=");
      assertTrue(
          link.startsWith(browser.baseUrl() + "/verify-email"),
          "the mail links back into the app: " + link);
      browser
          .visit(link)
          .see("Your email is confirmed")
          .assertAccessible("verify-email")
          .screenshot("email-confirmed");

      browser.signIn(email, Suite.PASSWORD).see("Grace").screenshot("signed-in");
      // A reload keeps the session: the stored refresh token is rotated for a new access token.
      browser.visit("/wallet").see("My credits").see("Grace");
      browser.click("Sign out").see("Sign in");
    }
  }

  @Test
  void wrongPasswordIsExplainedInWords() {
    Suite.Member member = Suite.newMember("SG");
    try (Browser browser = Browser.open("sign-in-refused")) {
      browser
          .visit("/signin")
          .fill("Email", member.email())
          .fill("Password", "not-the-password")
          .click("Sign in")
          .see("The email or password is not right.")
          .screenshot("wrong-password");
      assertTrue(
          !browser.bodyText().contains("INVALID_CREDENTIALS"), "no raw problem code on screen");
    }
  }
}
