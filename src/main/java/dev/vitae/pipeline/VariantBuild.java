package dev.vitae.pipeline;

import dev.vitae.fit.FitReport;
import java.util.List;
import java.util.Optional;

/**
 * The documents of one variant (or of the base, when {@code variant} is empty).
 *
 * @param warnings things worth saying that did not stop the build
 */
public record VariantBuild(String variant, List<Document> documents, Optional<FitReport> fit, List<String> warnings) {}
