package dev.vitae.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code vitae --version}: the {@code Implementation-Version} that maven-jar-plugin writes into the
 * jar's manifest from the pom's version. Run from compiled classes (tests, an IDE) there is no
 * manifest, and the line says so instead of guessing a number.
 */
final class Version implements IVersionProvider {

  static final String UNPACKAGED = "vitae (development build: run from classes, not from a jar)";

  @Override
  public String[] getVersion() {
    return new String[] {line(Version.class.getPackage().getImplementationVersion())};
  }

  static String line(@Nullable String implementationVersion) {
    return implementationVersion == null ? UNPACKAGED : "vitae " + implementationVersion;
  }
}
