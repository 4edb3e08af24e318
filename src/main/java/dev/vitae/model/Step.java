package dev.vitae.model;

import java.util.List;

/**
 * One box of a diagram, and where the flow branches after it: each branch a box of its own, drawn
 * one above the other before the next step (a cache hit and a miss, a fan-out to several stores).
 */
public record Step(
    @Required String name,
    String detail,
    @Doc("where the flow branches after this step: boxes drawn stacked before the next step")
        List<Branch> branches) {}
