package dev.vitae.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Web addresses written without their scheme ({@code example.com/page}), as JSON Resume's own
 * sample does; read from JSON Resume files as {@code https://} addresses.
 */
public final class WebAddresses {

  private static final Pattern BARE_DOMAIN =
      Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}([/?#].*)?");

  private WebAddresses() {}

  /** The address with {@code https://} before it, when it is a bare domain; else empty. */
  public static Optional<String> withScheme(String written) {
    String s = written.strip();
    return BARE_DOMAIN.matcher(s).matches() ? Optional.of("https://" + s) : Optional.empty();
  }
}
