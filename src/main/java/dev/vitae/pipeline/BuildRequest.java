package dev.vitae.pipeline;

import dev.vitae.model.FitMode;
import dev.vitae.tailor.Profile;
import dev.vitae.view.Paper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to build, as the command line (or a test, or a server) asks for it.
 *
 * @param file the resume.yaml; its folder holds the fonts it names
 * @param out the folder the outputs are committed to
 * @param variants the variants named (empty: see {@link Plan#of})
 * @param flags tags, documents, {@code --set} values and theme laid over every variant
 * @param templates a user's template folder, read before the shipped templates
 * @param fit what to do when a résumé overflows one page ({@code fit:} of a variant can ask for
 *     strict)
 * @param previewDpi PNG previews of each PDF page at this resolution; 0 for none
 * @param archival PDF/A-1b
 * @param clean a partial build (some variants, documents or {@code --set} values) also removes the
 *     previous files that resume.yaml no longer makes; a whole build replaces everything anyway
 * @param letter a cover letter to build with each profile (from {@code vitae apply}); empty for a
 *     plain build
 */
public record BuildRequest(
    Path file,
    Path out,
    List<String> variants,
    Profile.Flags flags,
    Optional<Path> templates,
    Paper paper,
    FitMode fit,
    int previewDpi,
    boolean archival,
    boolean clean,
    Optional<CoverLetter> letter) {

  public BuildRequest {
    variants = List.copyOf(variants);
  }

  /** This request with a cover letter built beside each résumé. */
  public BuildRequest withLetter(CoverLetter coverLetter) {
    return new BuildRequest(
        file,
        out,
        variants,
        flags,
        templates,
        paper,
        fit,
        previewDpi,
        archival,
        clean,
        Optional.of(coverLetter));
  }

  /** This request with other tags, documents, {@code --set} values or theme. */
  public BuildRequest withFlags(Profile.Flags other) {
    return new BuildRequest(
        file, out, variants, other, templates, paper, fit, previewDpi, archival, clean, letter);
  }

  /** This request read from a user's template folder first. */
  public BuildRequest withTemplates(Path folder) {
    return new BuildRequest(
        file,
        out,
        variants,
        flags,
        Optional.of(folder),
        paper,
        fit,
        previewDpi,
        archival,
        clean,
        letter);
  }

  /** The base résumé and every variant of {@code file} into {@code out}, with the defaults. */
  public static BuildRequest of(Path file, Path out) {
    return new BuildRequest(
        file,
        out,
        List.of(),
        Profile.Flags.NONE,
        Optional.empty(),
        Paper.LETTER,
        FitMode.DROP,
        0,
        false,
        false,
        Optional.empty());
  }

  /**
   * Whether this build makes only part of what resume.yaml describes: some variants, some
   * documents, or values changed by {@code --set}. Its files join the previous ones in {@code out}.
   */
  public boolean partial() {
    return !variants.isEmpty() || !flags.only().isEmpty() || !flags.sets().isEmpty();
  }
}
