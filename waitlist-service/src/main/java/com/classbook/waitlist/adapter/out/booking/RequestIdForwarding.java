package com.classbook.waitlist.adapter.out.booking;

import com.classbook.platform.request.RequestIds;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/** Sends the request id being handled on to booking-service, so both logs name the same id. */
public class RequestIdForwarding implements ClientRequestFilter {

  @Override
  public void filter(ClientRequestContext request) {
    String id = RequestIds.current();
    if (id != null && !request.getHeaders().containsKey(RequestIds.HEADER)) {
      request.getHeaders().putSingle(RequestIds.HEADER, id);
    }
  }
}
