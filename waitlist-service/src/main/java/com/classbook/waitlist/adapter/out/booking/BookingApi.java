package com.classbook.waitlist.adapter.out.booking;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The booking service's internal API (service token required). */
@RegisterRestClient(configKey = "booking")
@RegisterProvider(RequestIdForwarding.class)
@Path("/internal/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BookingApi {

  @POST
  @Path("/holds")
  Uni<HoldJson> placeHold(@HeaderParam("Authorization") String authorization, PlaceHoldJson body);

  @POST
  @Path("/holds/{bookingId}/promote")
  Uni<Response> promote(
      @HeaderParam("Authorization") String authorization,
      @PathParam("bookingId") String bookingId,
      PromoteJson body);

  @POST
  @Path("/holds/{bookingId}/release")
  Uni<Response> release(
      @HeaderParam("Authorization") String authorization, @PathParam("bookingId") String bookingId);

  @POST
  @Path("/classes/{classId}/reserved-slots/{slotRef}/release")
  Uni<Response> releaseReservedSlot(
      @HeaderParam("Authorization") String authorization,
      @PathParam("classId") String classId,
      @PathParam("slotRef") String slotRef);

  @GET
  @Path("/holds")
  Uni<List<WaitingHoldJson>> waitingHolds(
      @HeaderParam("Authorization") String authorization,
      @QueryParam("placedBefore") String placedBefore,
      @QueryParam("classStartsBefore") String classStartsBefore,
      @QueryParam("after") String after,
      @QueryParam("limit") int limit);

  @GET
  @Path("/reserved-slots")
  Uni<List<ReservedSeatJson>> reservedSeats(
      @HeaderParam("Authorization") String authorization,
      @QueryParam("createdBefore") String createdBefore,
      @QueryParam("after") String after,
      @QueryParam("limit") int limit);

  @ClientExceptionMapper
  static RuntimeException toException(Response response) {
    return BookingCallFailure.of(response);
  }

  record PlaceHoldJson(String requestId, String userId, String classId, String userPackageId) {}

  record PromoteJson(String slotRef) {}

  record WaitingHoldJson(String bookingId, String requestId, String classId, String userId) {}

  record ReservedSeatJson(String slotRef, String classId) {}

  record HoldJson(
      String bookingId,
      String classId,
      String userId,
      String userPackageId,
      int creditsUsed,
      String status) {}
}
