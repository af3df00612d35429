package com.classbook.identity.domain;

/** The replica of a catalog country: enough to accept it as a member's home country. */
public record Country(String code, String name, String timeZone, boolean active) {}
