package com.classbook.identity.adapter.out.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.application.port.out.MailSender.MailMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmlFormatTest {
  @Test
  void rendersRfc5322HeadersCrlfLinesAndEncodesNonAsciiSubjects() {
    String eml =
        EmlFormat.render(
            new MailMessage("zoe@example.test", "Bonjour Zoë", "Hello Zoë,\nline two\n"),
            "Classbook <no-reply@classbook.local>",
            Instant.parse("2026-03-01T10:00:00Z"));
    String[] parts = eml.split("\r\n\r\n", 2);
    String headers = parts[0];
    assertTrue(headers.startsWith("From: Classbook <no-reply@classbook.local>\r\n"));
    assertTrue(headers.contains("\r\nTo: zoe@example.test\r\n"));
    assertTrue(headers.contains("\r\nDate: Sun, 1 Mar 2026 10:00:00 GMT\r\n"));
    assertTrue(headers.contains("\r\nSubject: =?UTF-8?B?"));
    assertTrue(headers.matches("(?s).*\r\nMessage-ID: <[^>]+@classbook.local>.*"));
    assertEquals("Hello Zoë,\r\nline two\r\n", parts[1]);
    assertFalse(eml.replace("\r\n", "").contains("\n"), "bare LF is not allowed");
  }
}
