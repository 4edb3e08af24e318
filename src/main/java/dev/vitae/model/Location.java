package dev.vitae.model;

/** Where the person, a job or a school is. */
public record Location(
    String address, String postalCode, String city, String countryCode, String region) {}
