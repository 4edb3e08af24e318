package dev.vitae.model;

import java.util.List;

/** A case study of one system: the problem, the architecture, the decisions. */
public record Dossier(
    @Required @Doc("short name, referenced by systems[].dossier") String id,
    @Required String title,
    @Doc("the person's role in it") String role,
    String organisation,
    List<String> metrics,
    String problem,
    String architecture,
    @Doc("the architecture as a flow of steps, drawn left to right under it") List<Step> flow,
    @Doc("scalability and reliability") String reliability,
    @Doc("operational complexity, as bullets") List<Item> operations,
    @Doc("technical decisions, as bullets") List<Item> decisions,
    List<String> stack,
    List<String> tags,
    Integer priority) {}
