package dev.vitae.jsonresume;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of JSON Resume v1.0.0 (jsonresume/resume-schema), by path pattern: {@code ""} is the top
 * level, {@code work[]} an entry of work, {@code basics.location} a nested object.
 */
final class Vocabulary {

  static final String SCHEMA_URL =
      "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

  static final Map<String, Set<String>> KEYS =
      Map.ofEntries(
          Map.entry(
              "",
              Set.of(
                  "$schema",
                  "basics",
                  "work",
                  "volunteer",
                  "education",
                  "awards",
                  "certificates",
                  "publications",
                  "skills",
                  "languages",
                  "interests",
                  "references",
                  "projects",
                  "meta")),
          Map.entry(
              "basics",
              Set.of(
                  "name",
                  "label",
                  "image",
                  "email",
                  "phone",
                  "url",
                  "summary",
                  "location",
                  "profiles")),
          Map.entry(
              "basics.location", Set.of("address", "postalCode", "city", "countryCode", "region")),
          Map.entry("basics.profiles[]", Set.of("network", "username", "url")),
          Map.entry(
              "work[]",
              Set.of(
                  "name",
                  "location",
                  "description",
                  "position",
                  "url",
                  "startDate",
                  "endDate",
                  "summary",
                  "highlights")),
          Map.entry(
              "volunteer[]",
              Set.of(
                  "organization",
                  "position",
                  "url",
                  "startDate",
                  "endDate",
                  "summary",
                  "highlights")),
          Map.entry(
              "education[]",
              Set.of(
                  "institution",
                  "url",
                  "area",
                  "studyType",
                  "startDate",
                  "endDate",
                  "score",
                  "courses")),
          Map.entry("awards[]", Set.of("title", "date", "awarder", "summary")),
          Map.entry("certificates[]", Set.of("name", "date", "url", "issuer")),
          Map.entry("publications[]", Set.of("name", "publisher", "releaseDate", "url", "summary")),
          Map.entry("skills[]", Set.of("name", "level", "keywords")),
          Map.entry("languages[]", Set.of("language", "fluency")),
          Map.entry("interests[]", Set.of("name", "keywords")),
          Map.entry("references[]", Set.of("name", "reference")),
          Map.entry(
              "projects[]",
              Set.of(
                  "name",
                  "description",
                  "highlights",
                  "keywords",
                  "startDate",
                  "endDate",
                  "url",
                  "roles",
                  "entity",
                  "type")),
          Map.entry("meta", Set.of("canonical", "version", "lastModified")));

  /** Lists whose items are plain text in JSON Resume (vitae's may carry tags and priority). */
  static final List<String> TEXT_LISTS = List.of("highlights", "keywords", "courses", "roles");

  private Vocabulary() {}
}
