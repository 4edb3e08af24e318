package dev.vitae.pipeline;

import dev.vitae.apply.VariantChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What {@code vitae apply --new} did: the starter (and posting copy) written, or why not. */
public sealed interface Started {

  record Written(Path file, Optional<Path> posting, VariantChoice choice) implements Started {}

  record Failed(List<Problem> problems) implements Started {
    public Failed {
      problems = List.copyOf(problems);
    }
  }
}
