package dev.vitae.rendercv;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The profile address RenderCV makes from a network and a user name (RenderCV writes only the name;
 * vitae's profiles carry the address, so that it is a link in the PDF).
 */
final class SocialNetworks {

  private static final Map<String, String> PREFIX =
      Map.ofEntries(
          Map.entry("linkedin", "https://linkedin.com/in/"),
          Map.entry("github", "https://github.com/"),
          Map.entry("gitlab", "https://gitlab.com/"),
          Map.entry("twitter", "https://x.com/"),
          Map.entry("x", "https://x.com/"),
          Map.entry("instagram", "https://instagram.com/"),
          Map.entry("orcid", "https://orcid.org/"),
          Map.entry("researchgate", "https://researchgate.net/profile/"),
          Map.entry("youtube", "https://youtube.com/@"),
          Map.entry("google scholar", "https://scholar.google.com/citations?user="),
          Map.entry("stackoverflow", "https://stackoverflow.com/users/"),
          Map.entry("telegram", "https://t.me/"),
          Map.entry("leetcode", "https://leetcode.com/u/"),
          Map.entry("imdb", "https://imdb.com/name/"),
          Map.entry("bluesky", "https://bsky.app/profile/"));

  private SocialNetworks() {}

  static Optional<String> url(String network, String username) {
    String n = network.toLowerCase(Locale.ROOT).strip();
    String user = username.strip();
    if (n.equals("mastodon")) {
      // @name@host, as RenderCV asks for it
      String[] parts = user.replaceFirst("^@", "").split("@", 2);
      return parts.length == 2
          ? Optional.of("https://" + parts[1] + "/@" + parts[0])
          : Optional.empty();
    }
    return Optional.ofNullable(PREFIX.get(n)).map(prefix -> prefix + user.replaceFirst("^@", ""));
  }
}
