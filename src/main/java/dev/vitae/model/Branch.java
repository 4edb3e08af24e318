package dev.vitae.model;

/** One way the flow goes after a step: a cache hit or miss, one of several stores. */
public record Branch(@Required String name, String detail) {}
