package dev.vitae.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named tailoring profile for one kind of target role. */
public record Variant(
    @Doc("overrides basics.label") @Nullable String label,
    @Doc("overrides basics.headline") @Nullable String headline,
    @Doc("overrides basics.summary") @Nullable String summary,
    @Doc("keep only tagged entries that carry one of these tags (untagged entries stay)")
        List<String> include,
    @Doc("drop entries that carry one of these tags") List<String> exclude,
    @Doc("sections of the résumé, in order") List<ResumeSection> sections,
    @Doc("at most this many jobs") @Nullable Integer maxJobs,
    @Doc("at most this many bullets per job") @Nullable Integer maxBullets,
    @Doc("at most this many skill keywords per group") @Nullable Integer maxSkills,
    @Doc("words set in bold where they appear") List<String> emphasize,
    @Doc("documents to write (default: all)") List<DocumentKind> documents,
    @Doc("file name pattern, e.g. {name}-{document}-{variant}") @Nullable String filename,
    @Doc(
            "'strict' fails instead of dropping content to fit one page; 'drop' (the default) leaves out the least important items and reports them")
        @Nullable FitMode fit,
    @Doc("look of the résumé PDF: modern (default), classic, or resume-NAME.ftlx in --templates")
        @Nullable Theme theme) {}
