package com.classbook.platform.probe;

import com.classbook.platform.reactive.VertxContexts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.stream.IntStream;

/** Test-only endpoint: several transactions at once, each on a Vert.x context of its own. */
@Path("/probe/side-by-side/{ref}/{count}")
public class SideBySideProbeResource {

  @POST
  public Uni<Void> insertSideBySide(@PathParam("ref") String ref, @PathParam("count") int count) {
    List<Uni<Void>> inserts =
        IntStream.range(0, count)
            .mapToObj(
                i ->
                    VertxContexts.onOwnContext(
                        () -> Panache.withTransaction(() -> ProbeResource.insert(ref))))
            .toList();
    return Uni.join().all(inserts).andFailFast().replaceWithVoid();
  }
}
