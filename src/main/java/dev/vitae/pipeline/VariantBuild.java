package dev.vitae.pipeline;

import dev.vitae.check.CheckReport;
import dev.vitae.fit.FitReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents of one variant (or of the base, when {@code variant} is empty).
 *
 * @param checks what reading each PDF back found
 * @param warnings things worth saying that did not stop the build
 * @param stages milliseconds spent per stage (tailor, resume.pdf, check, preview, text), in order
 */
public record VariantBuild(
    String variant,
    List<Document> documents,
    Optional<FitReport> fit,
    List<CheckReport> checks,
    List<String> warnings,
    Map<String, Long> stages) {}
