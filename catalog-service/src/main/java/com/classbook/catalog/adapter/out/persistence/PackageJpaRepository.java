package com.classbook.catalog.adapter.out.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link PackageJpaEntity} rows. */
@ApplicationScoped
public class PackageJpaRepository implements PanacheRepositoryBase<PackageJpaEntity, String> {}
