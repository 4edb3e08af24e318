package dev.vitae.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A system the person built, in one line; may point at its dossier. */
public record SystemEntry(
    @Required String name,
    @Doc("kind of system, e.g. Observability") String category,
    @Doc("the figure that shows its scale") String metric,
    String summary,
    @Doc("who it was built for") String organisation,
    @Doc("id of the dossier that tells its story") @Nullable String dossier,
    List<String> tags,
    Integer priority) {}
