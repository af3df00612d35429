package com.classbook.catalog.adapter.out.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link CountryJpaEntity} rows. */
@ApplicationScoped
public class CountryJpaRepository implements PanacheRepositoryBase<CountryJpaEntity, String> {}
