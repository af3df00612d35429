package com.classbook.platform.inbox;

/**
 * A record that can never have its effect, however often it is tried: not a readable CloudEvents
 * envelope, or data the consumer cannot use. The consumer policy sends it to the dead-letter topic
 * at once instead of retrying it.
 */
public class UnprocessableEvent extends RuntimeException {

  public UnprocessableEvent(String message) {
    super(message);
  }

  public UnprocessableEvent(String message, Throwable cause) {
    super(message, cause);
  }
}
