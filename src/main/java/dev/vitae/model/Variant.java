package dev.vitae.model;

import java.util.List;

/** A named tailoring profile for one kind of target role. */
public record Variant(
    @Doc("overrides basics.label") String label,
    @Doc("overrides basics.headline") String headline,
    @Doc("overrides basics.summary") String summary,
    @Doc("keep only tagged entries that carry one of these tags (untagged entries stay)")
        List<String> include,
    @Doc("drop entries that carry one of these tags") List<String> exclude,
    @Doc("sections of the résumé, in order") List<String> sections,
    @Doc("at most this many jobs") Integer maxJobs,
    @Doc("at most this many bullets per job") Integer maxBullets,
    @Doc("at most this many skill keywords per group") Integer maxSkills,
    @Doc("words set in bold where they appear") List<String> emphasize,
    @Doc("documents to write: resume, dossier, text") List<String> documents,
    @Doc("file name pattern, e.g. {name}-{document}-{variant}") String filename,
    @Doc("'strict' fails instead of dropping content to fit one page") String fit,
    @Doc("look of the résumé PDF: modern (default), classic, or resume-NAME.ftlx in --templates")
        String theme) {}
