package dev.vitae.pipeline;

import dev.vitae.model.ApplicationStatus;
import java.nio.file.Path;
import java.util.List;

/** What {@code vitae apply --status S FILE} did: the one value changed in place, or why not. */
public sealed interface StatusChange {

  record Changed(Path file, ApplicationStatus from, ApplicationStatus to) implements StatusChange {}

  record Failed(List<Problem> problems) implements StatusChange {
    public Failed {
      problems = List.copyOf(problems);
    }
  }
}
