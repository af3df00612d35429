package com.classbook.catalog.adapter.out.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link ClassAvailabilityJpaEntity} rows. */
@ApplicationScoped
public class ClassAvailabilityJpaRepository
    implements PanacheRepositoryBase<ClassAvailabilityJpaEntity, String> {}
