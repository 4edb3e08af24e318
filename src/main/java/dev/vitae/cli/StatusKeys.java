package dev.vitae.cli;

import dev.vitae.model.ApplicationStatus;
import dev.vitae.model.Keyed;
import java.util.Iterator;

/**
 * An application's statuses as its file and {@code --status} write them (draft, sent, …), for
 * picocli's help and completion, which would otherwise show the enum's constant names.
 */
final class StatusKeys implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Keyed.keys(ApplicationStatus.class).iterator();
  }
}
