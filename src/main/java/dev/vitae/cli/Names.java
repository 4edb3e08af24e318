package dev.vitae.cli;

import dev.vitae.model.Resume;
import dev.vitae.pipeline.Plan;
import dev.vitae.pipeline.Problem;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.TailorError;
import java.util.List;

/** The variants a command was asked for, for the commands that do not build. */
final class Names {

  private Names() {}

  /**
   * @throws Failure bad usage, for a variant, tag or document resume.yaml does not have
   */
  static Plan plan(Resume resume, List<String> variants, Profile.Flags flags) {
    try {
      return Plan.of(resume, variants, flags);
    } catch (TailorError e) {
      throw Failure.of(new Problem.Usage(e.getMessage(), e.hint()));
    }
  }
}
