package dev.vitae.model;

import java.util.List;

/** A job. */
public record Work(
    @Doc("company or organisation") @Formerly("company") String name,
    String position,
    @Formerly("website") String url,
    String location,
    PartialDate startDate,
    @Doc("a date, or 'present'") DatePoint endDate,
    String summary,
    String description,
    List<Item> highlights,
    @Doc("technologies used in the job") List<String> stack,
    List<String> tags,
    Integer priority,
    @Doc("id of the system dossier that tells this job's story; its timeline entry links to it")
        String dossier) {}
