package dev.vitae.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Basics;
import dev.vitae.model.Education;
import dev.vitae.model.Item;
import dev.vitae.model.Location;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Profile;
import dev.vitae.model.Resume;
import dev.vitae.model.Work;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The person as schema.org {@code Person} JSON-LD, as search engines and some applicant-tracking
 * systems read a web page: name, title, contacts, place, profiles, current employers, schools,
 * skills, languages and awards, each as plain words (the Markdown of a value read away).
 */
final class PersonJsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PersonJsonLd() {}

  /**
   * The JSON-LD text, with {@code <}, {@code >} and {@code &} written as JSON escapes so that no
   * value can end the {@code script} element it stands in.
   */
  static String of(Resume r) {
    Basics b = r.basics();
    ObjectNode person = JSON.createObjectNode();
    person.put("@context", "https://schema.org");
    person.put("@type", "Person");
    person.put("name", b.name());
    put(person, "jobTitle", b.label());
    put(person, "description", b.headline() != null ? b.headline() : b.summary());
    put(person, "email", b.email());
    put(person, "telephone", b.phone());
    put(person, "url", b.url());
    if (b.image() != null && b.image().startsWith("https://")) {
      person.put("image", b.image());
    }
    address(person, b.location());
    strings(person, "sameAs", b.profiles().stream().map(Profile::url).toList());
    ArrayNode works = JSON.createArrayNode();
    for (Work w : r.work()) {
      if (w.name() != null && !(w.endDate() instanceof PartialDate)) {
        works.add(organisation("Organization", w.name(), w.url()));
      }
    }
    if (!works.isEmpty()) {
      person.set("worksFor", works);
    }
    ArrayNode schools = JSON.createArrayNode();
    for (Education e : r.education()) {
      if (e.institution() != null) {
        schools.add(organisation("EducationalOrganization", e.institution(), e.url()));
      }
    }
    if (!schools.isEmpty()) {
      person.set("alumniOf", schools);
    }
    Set<String> skills = new LinkedHashSet<>();
    r.skills()
        .forEach(
            g ->
                g.keywords().stream()
                    .map(Item::text)
                    .map(PersonJsonLd::plain)
                    .forEach(skills::add));
    strings(person, "knowsAbout", List.copyOf(skills));
    strings(person, "knowsLanguage", r.languages().stream().map(l -> l.language()).toList());
    strings(person, "award", r.awards().stream().map(a -> a.title()).toList());
    try {
      return JSON.writeValueAsString(person)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings is always JSON", e);
    }
  }

  private static ObjectNode organisation(String type, String name, @Nullable String url) {
    ObjectNode o = JSON.createObjectNode();
    o.put("@type", type);
    o.put("name", plain(name));
    put(o, "url", url);
    return o;
  }

  private static void address(ObjectNode person, @Nullable Location l) {
    if (l == null) {
      return;
    }
    ObjectNode a = JSON.createObjectNode();
    a.put("@type", "PostalAddress");
    put(a, "streetAddress", l.address());
    put(a, "postalCode", l.postalCode());
    put(a, "addressLocality", l.city());
    put(a, "addressRegion", l.region());
    put(a, "addressCountry", l.countryCode());
    if (a.size() > 1) {
      person.set("address", a);
    }
  }

  private static void strings(ObjectNode o, String key, List<String> values) {
    ArrayNode array = JSON.createArrayNode();
    values.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(PersonJsonLd::plain)
        .forEach(array::add);
    if (!array.isEmpty()) {
      o.set(key, array);
    }
  }

  private static void put(ObjectNode o, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      o.put(key, plain(value));
    }
  }

  /** A value's words without its inline Markdown. */
  static String plain(String value) {
    StringBuilder out = new StringBuilder();
    MarkdownSpans.of(value).forEach(s -> out.append(s.text()));
    return out.toString();
  }
}
