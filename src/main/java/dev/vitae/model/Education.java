package dev.vitae.model;

import java.util.List;

/** A degree or course of study. */
public record Education(
    String institution,
    String url,
    @Doc("field of study") String area,
    @Doc("degree, e.g. Bachelor of Technology") String studyType,
    PartialDate startDate,
    DatePoint endDate,
    @Formerly("gpa") String score,
    List<String> courses,
    String location,
    List<String> tags,
    Integer priority) {}
