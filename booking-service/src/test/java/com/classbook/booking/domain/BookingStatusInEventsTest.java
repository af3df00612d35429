package com.classbook.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.booking.BookingEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** BookingEvent.status documents (asyncapi enum) exactly the statuses a booking can have. */
class BookingStatusInEventsTest {

  @Test
  void theEventsStatusesAreTheBookingStatuses() {
    assertEquals(
        BookingEvent.STATUSES, Arrays.stream(BookingStatus.values()).map(Enum::name).toList());
  }
}
