package dev.vitae.rendercv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A RenderCV file as a résumé in vitae's (JSON Resume's) vocabulary. RenderCV has free section
 * titles, each a list of one entry type; vitae has fixed sections. Each section goes where its
 * entry type and title say (experience entries to {@code work}, education entries to {@code
 * education}, a one-line "Languages" section to {@code languages}…), and every choice and every
 * part left out is named in {@link Converted#notes()}.
 */
public final class RenderCvImport {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern SUMMARY =
      Pattern.compile("summary|about( me)?|profile|(professional )?summary|objective|overview");

  private final ObjectNode resume = JSON.objectNode();
  private final List<String> notes = new ArrayList<>();

  /**
   * The conversion.
   *
   * @param resume the résumé as a JSON tree, for {@code JsonResumeImport} to write as resume.yaml
   * @param notes where each section went and what was left out, one line each
   */
  public record Converted(ObjectNode resume, List<String> notes) {
    public Converted {
      notes = List.copyOf(notes);
    }
  }

  private RenderCvImport() {}

  /** Whether a file's tree is RenderCV's: a {@code cv} mapping, no JSON Resume {@code basics}. */
  public static boolean is(ObjectNode tree) {
    return tree.path("cv").isObject() && !tree.has("basics");
  }

  public static Converted of(ObjectNode tree) {
    RenderCvImport i = new RenderCvImport();
    i.basics(tree.path("cv"));
    for (Map.Entry<String, JsonNode> section : tree.path("cv").path("sections").properties()) {
      i.section(section.getKey(), section.getValue());
    }
    Map<String, String> parts =
        Map.of(
            "design", "vitae's look is its theme: --theme modern or classic",
            "locale", "vitae's words and dates follow locale: in resume.yaml",
            "locale_catalog", "vitae's words and dates follow locale: in resume.yaml",
            "settings", "RenderCV's own settings",
            "rendercv_settings", "RenderCV's own settings");
    for (String part :
        List.of("design", "locale", "locale_catalog", "settings", "rendercv_settings")) {
      if (tree.has(part)) {
        i.notes.add("left out: " + part + " (" + parts.get(part) + ")");
      }
    }
    return new Converted(i.resume, i.notes);
  }

  private void basics(JsonNode cv) {
    ObjectNode basics = resume.putObject("basics");
    text(cv, "name").ifPresent(v -> basics.put("name", v));
    text(cv, "headline").ifPresent(v -> basics.put("label", v));
    text(cv, "email").ifPresent(v -> basics.put("email", v));
    text(cv, "phone").ifPresent(v -> basics.put("phone", v.replaceFirst("^tel:", "")));
    text(cv, "website").ifPresent(v -> basics.put("url", v));
    text(cv, "location").ifPresent(v -> location(basics, v));
    ArrayNode profiles = JSON.arrayNode();
    for (JsonNode n : cv.path("social_networks")) {
      Optional<String> network = text(n, "network");
      Optional<String> username = text(n, "username");
      if (network.isPresent() && username.isPresent()) {
        ObjectNode p = profiles.addObject().put("network", network.get());
        p.put("username", username.get());
        SocialNetworks.url(network.get(), username.get()).ifPresent(u -> p.put("url", u));
      }
    }
    if (!profiles.isEmpty()) {
      basics.set("profiles", profiles);
    }
    for (String key : List.of("photo", "custom_connections")) {
      if (cv.hasNonNull(key) && !cv.path(key).asText("x").isBlank()) {
        notes.add("left out: cv." + key);
      }
    }
  }

  /** "San Francisco, CA" as a city and a region. */
  private static void location(ObjectNode basics, String written) {
    ObjectNode location = basics.putObject("location");
    int comma = written.indexOf(',');
    if (comma < 0) {
      location.put("city", written.strip());
    } else {
      location.put("city", written.substring(0, comma).strip());
      location.put("region", written.substring(comma + 1).strip());
    }
  }

  private void section(String title, JsonNode entries) {
    String name = title.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
    String where = "cv.sections." + title;
    if (!entries.isArray() || entries.isEmpty()) {
      return;
    }
    JsonNode first = entries.get(0);
    Kind kind = Kind.of(first);
    String target =
        switch (kind) {
          case TEXT -> SUMMARY.matcher(name).matches() ? summary(entries) : "";
          case EXPERIENCE -> each(entries, "work", this::work);
          case EDUCATION -> each(entries, "education", this::education);
          case PUBLICATION -> each(entries, "publications", this::publication);
          case ONE_LINE -> oneLine(name, entries);
          case BULLET -> bullets(name, entries);
          case NORMAL -> normal(name, entries);
          case NUMBERED ->
              name.contains("publication") || name.contains("patent")
                  ? each(entries, "publications", this::numbered)
                  : "";
        };
    notes.add(
        target.isEmpty()
            ? "left out: " + where + " (a section of " + kind.rendercv + " has no place in vitae)"
            : where + " (" + kind.rendercv + ") → " + target);
  }

  private String summary(JsonNode entries) {
    List<String> paragraphs = new ArrayList<>();
    // vitae reads inline Markdown in a summary and a bullet as RenderCV does: kept as written
    entries.forEach(e -> paragraphs.add(e.asText().strip()));
    ((ObjectNode) resume.path("basics")).put("summary", String.join("\n\n", paragraphs));
    return "basics.summary";
  }

  private interface Entry {
    ObjectNode convert(JsonNode entry, String path);
  }

  private String each(JsonNode entries, String key, Entry convert) {
    ArrayNode list = resume.withArray(key);
    for (JsonNode e : entries) {
      list.add(convert.convert(e, key + "[" + list.size() + "]"));
    }
    return key;
  }

  private ObjectNode work(JsonNode e, String path) {
    ObjectNode w = JSON.objectNode();
    named(e, "company", w, "name");
    text(e, "position").ifPresent(v -> w.put("position", plain(v)));
    text(e, "location").ifPresent(v -> w.put("location", plain(v)));
    dates(e, w, path);
    text(e, "summary").ifPresent(v -> w.put("summary", plain(v)));
    highlights(e, w, "highlights");
    return w;
  }

  private ObjectNode education(JsonNode e, String path) {
    ObjectNode d = JSON.objectNode();
    named(e, "institution", d, "institution");
    text(e, "area").ifPresent(v -> d.put("area", plain(v)));
    text(e, "degree").ifPresent(v -> d.put("studyType", plain(v)));
    text(e, "location").ifPresent(v -> d.put("location", plain(v)));
    dates(e, d, path);
    List<String> left = new ArrayList<>();
    for (JsonNode h : e.path("highlights")) {
      String line = plain(h.asText());
      if (!d.has("score") && line.matches("(?i)(gpa|grade|cgpa)\\s*:.*")) {
        d.put("score", line.substring(line.indexOf(':') + 1).strip());
      } else {
        left.add(line);
      }
    }
    if (!left.isEmpty()) {
      notes.add(
          "left out: %s's %d highlight(s) (a degree has area, score and courses): %s"
              .formatted(path, left.size(), String.join(" / ", left)));
    }
    return d;
  }

  private ObjectNode publication(JsonNode e, String path) {
    ObjectNode p = JSON.objectNode();
    text(e, "title").ifPresent(v -> p.put("name", plain(v)));
    text(e, "journal").ifPresent(v -> p.put("publisher", plain(v)));
    text(e, "date").filter(d -> DATE.matcher(d).matches()).ifPresent(d -> p.put("releaseDate", d));
    text(e, "url")
        .or(() -> text(e, "doi").map(doi -> "https://doi.org/" + doi))
        .ifPresent(u -> p.put("url", u));
    List<String> authors = new ArrayList<>();
    e.path("authors").forEach(a -> authors.add(plain(a.asText())));
    if (!authors.isEmpty()) {
      p.put("summary", String.join(", ", authors));
    }
    return p;
  }

  private ObjectNode numbered(JsonNode e, String path) {
    String text = text(e, "number").or(() -> text(e, "reversed_number")).orElse("");
    return JSON.objectNode().put("name", plain(text));
  }

  private String oneLine(String name, JsonNode entries) {
    if (name.contains("language")) {
      ArrayNode list = resume.withArray("languages");
      for (JsonNode e : entries) {
        ObjectNode l = list.addObject();
        text(e, "label").ifPresent(v -> l.put("language", plain(v)));
        text(e, "details").ifPresent(v -> l.put("fluency", plain(v)));
      }
      return "languages";
    }
    String key = name.contains("interest") || name.contains("hobb") ? "interests" : "skills";
    ArrayNode list = resume.withArray(key);
    for (JsonNode e : entries) {
      ObjectNode s = list.addObject();
      text(e, "label").ifPresent(v -> s.put("name", plain(v)));
      ArrayNode keywords = s.putArray("keywords");
      for (String k : plain(text(e, "details").orElse("")).split("\\s*[,;]\\s*", -1)) {
        if (!k.isBlank()) {
          keywords.add(k.strip());
        }
      }
    }
    return key;
  }

  private String bullets(String name, JsonNode entries) {
    String key;
    String field;
    if (name.contains("award") || name.contains("honor") || name.contains("honour")) {
      key = "awards";
      field = "title";
    } else if (name.contains("certif")) {
      key = "certificates";
      field = "name";
    } else if (name.contains("interest") || name.contains("hobb")) {
      key = "interests";
      field = "name";
    } else {
      return "";
    }
    ArrayNode list = resume.withArray(key);
    for (JsonNode e : entries) {
      list.addObject().put(field, plain(text(e, "bullet").orElse("")));
    }
    return key;
  }

  private String normal(String name, JsonNode entries) {
    boolean awards = name.contains("award") || name.contains("honor") || name.contains("honour");
    String key = awards ? "awards" : name.contains("volunteer") ? "volunteer" : "projects";
    ArrayNode list = resume.withArray(key);
    for (JsonNode e : entries) {
      String path = key + "[" + list.size() + "]";
      ObjectNode n = JSON.objectNode();
      switch (key) {
        case "awards" -> {
          named(e, "name", n, "title");
          n.remove("url");
          text(e, "date")
              .or(() -> text(e, "start_date"))
              .filter(d -> DATE.matcher(d).matches())
              .ifPresent(d -> n.put("date", d));
          text(e, "summary").ifPresent(v -> n.put("summary", plain(v)));
        }
        case "volunteer" -> {
          named(e, "name", n, "organization");
          dates(e, n, path);
          text(e, "summary").ifPresent(v -> n.put("summary", plain(v)));
          highlights(e, n, "highlights");
        }
        default -> {
          named(e, "name", n, "name");
          dates(e, n, path);
          text(e, "summary").ifPresent(v -> n.put("description", plain(v)));
          highlights(e, n, "highlights");
        }
      }
      list.add(n);
    }
    return key;
  }

  /** A name that may be a Markdown link: its words, and its address as the entry's url. */
  private static void named(JsonNode e, String from, ObjectNode out, String to) {
    text(e, from)
        .map(InlineMarkdown::of)
        .ifPresent(
            read -> {
              out.put(to, read.text());
              read.link().ifPresent(u -> out.put("url", u));
            });
  }

  private static void highlights(JsonNode e, ObjectNode out, String key) {
    ArrayNode list = JSON.arrayNode();
    e.path("highlights").forEach(h -> list.add(h.asText().strip()));
    if (!list.isEmpty()) {
      out.set(key, list);
    }
  }

  /** start_date, end_date ("present" too) and date, which RenderCV lets be any text. */
  private void dates(JsonNode e, ObjectNode out, String path) {
    Optional<String> start = text(e, "start_date");
    Optional<String> end = text(e, "end_date");
    Optional<String> single = text(e, "date");
    if (start.isEmpty() && single.isPresent()) {
      if (DATE.matcher(single.get()).matches()) {
        out.put("startDate", single.get());
        out.put("endDate", single.get());
      } else {
        notes.add(
            "left out: %s's date '%s' (not YYYY, YYYY-MM or YYYY-MM-DD)"
                .formatted(path, single.get()));
      }
      return;
    }
    start.filter(d -> DATE.matcher(d).matches()).ifPresent(d -> out.put("startDate", d));
    end.filter(d -> DATE.matcher(d).matches() || d.equalsIgnoreCase("present"))
        .ifPresent(d -> out.put("endDate", d.toLowerCase(Locale.ROOT)));
  }

  private static String plain(String markdown) {
    return InlineMarkdown.of(markdown).text();
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode v = node.path(key);
    return v.isValueNode() && !v.isNull() && !v.asText().isBlank()
        ? Optional.of(v.asText().strip())
        : Optional.empty();
  }

  /** RenderCV's entry types, told apart by their keys as RenderCV does. */
  private enum Kind {
    TEXT("TextEntry"),
    EXPERIENCE("ExperienceEntry"),
    EDUCATION("EducationEntry"),
    PUBLICATION("PublicationEntry"),
    ONE_LINE("OneLineEntry"),
    BULLET("BulletEntry"),
    NUMBERED("NumberedEntry"),
    NORMAL("NormalEntry");

    final String rendercv;

    Kind(String rendercv) {
      this.rendercv = rendercv;
    }

    static Kind of(JsonNode entry) {
      if (!entry.isObject()) {
        return TEXT;
      }
      if (entry.has("company")) {
        return EXPERIENCE;
      }
      if (entry.has("institution")) {
        return EDUCATION;
      }
      if (entry.has("title") && entry.has("authors")) {
        return PUBLICATION;
      }
      if (entry.has("label") && entry.has("details")) {
        return ONE_LINE;
      }
      if (entry.has("bullet")) {
        return BULLET;
      }
      if (entry.has("number") || entry.has("reversed_number")) {
        return NUMBERED;
      }
      return NORMAL;
    }
  }
}
