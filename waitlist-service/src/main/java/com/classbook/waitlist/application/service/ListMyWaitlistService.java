package com.classbook.waitlist.application.service;

import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import com.classbook.waitlist.application.port.in.ListMyWaitlistUseCase;
import com.classbook.waitlist.application.port.in.WaitlistEntryView;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** A member's entries with live positions. */
@ApplicationScoped
public class ListMyWaitlistService implements ListMyWaitlistUseCase {

  private final WaitlistEntryRepository entries;
  private final QueuePositions positions;
  private final TransactionRunner transactions;

  ListMyWaitlistService(
      WaitlistEntryRepository entries, QueuePositions positions, TransactionRunner transactions) {
    this.entries = entries;
    this.positions = positions;
    this.transactions = transactions;
  }

  @Override
  public Uni<Page<WaitlistEntryView>> listFor(String userId, PageRequest request) {
    return transactions
        .inTransaction(() -> entries.pageByUser(userId, request))
        .chain(
            found -> {
              List<WaitlistEntryView> views = new ArrayList<>();
              Uni<Void> done = Uni.createFrom().voidItem();
              for (WaitlistEntry entry : found.items()) {
                done =
                    done.chain(
                        () ->
                            positions
                                .of(entry)
                                .invoke(p -> views.add(new WaitlistEntryView(entry, p)))
                                .replaceWithVoid());
              }
              return done.map(
                  ignored -> new Page<>(views, found.page(), found.size(), found.totalItems()));
            });
  }
}
