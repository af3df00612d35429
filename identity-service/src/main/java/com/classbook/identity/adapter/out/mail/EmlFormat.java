package com.classbook.identity.adapter.out.mail;

import com.classbook.identity.application.port.out.MailSender.MailMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/** Renders a message as an RFC 5322 document with a single UTF-8 text/plain MIME part. */
final class EmlFormat {
  private static final String CRLF = "\r\n";

  private EmlFormat() {}

  static String render(MailMessage message, String from, Instant now) {
    String body = message.body().replace("\r\n", "\n").replace("\n", CRLF);
    return "From: "
        + from
        + CRLF
        + "To: "
        + message.to()
        + CRLF
        + "Subject: "
        + encodedWord(message.subject())
        + CRLF
        + "Date: "
        + DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC))
        + CRLF
        + "Message-ID: <"
        + UUID.randomUUID()
        + "@classbook.local>"
        + CRLF
        + "MIME-Version: 1.0"
        + CRLF
        + "Content-Type: text/plain; charset=UTF-8"
        + CRLF
        + "Content-Transfer-Encoding: 8bit"
        + CRLF
        + CRLF
        + body
        + (body.endsWith(CRLF) ? "" : CRLF);
  }

  /** RFC 2047 encoded word for headers that are not plain ASCII. */
  private static String encodedWord(String text) {
    boolean ascii = text.chars().allMatch(c -> c >= 32 && c < 127);
    if (ascii) {
      return text;
    }
    return "=?UTF-8?B?"
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "?=";
  }
}
