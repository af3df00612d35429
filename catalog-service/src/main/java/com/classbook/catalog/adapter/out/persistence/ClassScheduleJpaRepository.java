package com.classbook.catalog.adapter.out.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link ClassScheduleJpaEntity} rows. */
@ApplicationScoped
public class ClassScheduleJpaRepository
    implements PanacheRepositoryBase<ClassScheduleJpaEntity, String> {}
