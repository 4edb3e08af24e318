package dev.vitae.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The addressee of a cover letter; each line is optional and left out when not given. */
public record Recipient(
    @Doc("e.g. 'Dana Rivera'") @Nullable String name,
    @Doc("e.g. 'Engineering Manager'") @Nullable String title,
    @Doc("the company, when it differs from the application's") @Nullable String company,
    @Doc("postal address, one line each") List<String> address) {}
