package dev.vitae.model;

import java.util.List;

/** Who the person is and how to reach them. */
public record Basics(
    @Required String name,
    @Doc("role title under the name") String label,
    @Doc("one sentence under the title") String headline,
    @Formerly("picture") String image,
    String email,
    String phone,
    @Formerly("website") String url,
    String summary,
    Location location,
    List<Profile> profiles,
    @Doc("areas of focus, shown as a line of keywords") List<Item> focus,
    @Doc("what kind of roles the person is looking for") String availability) {}
