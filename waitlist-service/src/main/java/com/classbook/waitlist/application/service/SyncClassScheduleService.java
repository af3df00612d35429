package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.in.SyncClassScheduleUseCase;
import com.classbook.waitlist.application.port.out.ClassScheduleRepository;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.domain.ScheduledClass;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores the latest known state of a class schedule. */
@ApplicationScoped
public class SyncClassScheduleService implements SyncClassScheduleUseCase {

  private final ClassScheduleRepository classes;
  private final TransactionRunner transactions;

  SyncClassScheduleService(ClassScheduleRepository classes, TransactionRunner transactions) {
    this.classes = classes;
    this.transactions = transactions;
  }

  @Override
  public Uni<Void> apply(ScheduledClass scheduledClass) {
    return transactions.inTransaction(() -> classes.upsert(scheduledClass));
  }
}
