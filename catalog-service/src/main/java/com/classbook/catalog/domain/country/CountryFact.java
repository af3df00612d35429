package com.classbook.catalog.domain.country;

/**
 * What happened to a country, as a fact of the domain; the messaging adapter maps each one to its
 * versioned integration event.
 */
public sealed interface CountryFact {

  /** The country as it is after the fact. */
  Country country();

  /** A new country joined the catalog, active. */
  record Registered(Country country) implements CountryFact {}

  /**
   * The name, time zone or active flag of a country changed; {@code timeZoneChanged} when the zone
   * did, which moves the local times of its classes.
   */
  record Updated(Country country, boolean timeZoneChanged) implements CountryFact {}
}
