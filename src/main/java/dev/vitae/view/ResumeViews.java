package dev.vitae.view;

import dev.vitae.model.Award;
import dev.vitae.model.Basics;
import dev.vitae.model.Certificate;
import dev.vitae.model.Education;
import dev.vitae.model.Interest;
import dev.vitae.model.Item;
import dev.vitae.model.Language;
import dev.vitae.model.Profile;
import dev.vitae.model.Project;
import dev.vitae.model.Publication;
import dev.vitae.model.Resume;
import dev.vitae.model.ResumeSection;
import dev.vitae.model.SystemEntry;
import dev.vitae.model.Volunteer;
import dev.vitae.model.Word;
import dev.vitae.model.Work;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Builds the résumé's view from a (tailored) résumé. */
public final class ResumeViews {

  /**
   * The résumé's sections when a variant does not choose: most telling first. Systems are left to
   * the dossier (their one-liners repeat the job bullets); a variant can list "systems" to add
   * them.
   */
  public static final List<ResumeSection> DEFAULT_ORDER =
      Arrays.stream(ResumeSection.values()).filter(s -> s != ResumeSection.SYSTEMS).toList();

  private ResumeViews() {}

  public static ResumeView of(Resume r, List<ResumeSection> order, Emphasis emphasis, Paper paper) {
    Basics b = r.basics();
    Writing writing = Writing.of(r);
    List<Section> sections = new ArrayList<>();
    for (ResumeSection key : order) {
      Section s = section(key, r, emphasis, writing);
      if (s != null) {
        sections.add(s.withHeading(writing.capitals(s.title())));
      }
    }
    String label = Objects.requireNonNullElse(b.label(), "");
    return new ResumeView(
        info(r, writing.word(Word.RESUME), writing),
        b.name(),
        label,
        Objects.requireNonNullElse(b.headline(), ""),
        contacts(b, writing),
        List.copyOf(sections),
        Density.standard(),
        paper.css());
  }

  /** PDF metadata for one of the person's documents. */
  public static DocumentInfo info(Resume r, String document, Writing writing) {
    Basics b = r.basics();
    String subject =
        Stream.of(b.label(), b.headline())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" — "));
    String keywords =
        r.skills().stream()
            .flatMap(g -> g.keywords().stream())
            .map(Item::text)
            .distinct()
            .limit(40)
            .collect(Collectors.joining(", "));
    return new DocumentInfo(
        b.name() + " — " + document,
        b.name(),
        subject,
        keywords,
        writing.language(),
        writing.direction());
  }

  private static final Pattern EXTENSION =
      Pattern.compile("(?i)[\\s,;]*(?:ext\\.?|extension|x|#)\\s*(\\d+)\\s*$");

  /**
   * A number as a link that dials it (RFC 3966): "+44 (0)161 496 0753" is {@code
   * tel:+441614960753}, since the trunk zero in brackets is not dialled from abroad, and "+1 617
   * 555-0142 ext. 204" is {@code tel:+16175550142;ext=204}. (libphonenumber would also validate and
   * format, which a link does not need, at the cost of its metadata parsed at every start.)
   */
  static String telephone(String written) {
    Matcher ext = EXTENSION.matcher(written);
    boolean hasExtension = ext.find();
    String number = hasExtension ? written.substring(0, ext.start()) : written;
    if (number.strip().startsWith("+")) {
      number = number.replaceAll("\\(\\s*0\\s*\\)", "");
    }
    return "tel:" + number.replaceAll("[^+0-9]", "") + (hasExtension ? ";ext=" + ext.group(1) : "");
  }

  /** Email, website and profiles, each its own link. */
  public static List<Contact> contacts(Basics b, Writing writing) {
    List<Contact> out = new ArrayList<>();
    if (b.email() != null) {
      out.add(new Contact(writing.word(Word.EMAIL), b.email(), "mailto:" + b.email()));
    }
    if (b.phone() != null) {
      out.add(new Contact(writing.word(Word.PHONE), b.phone(), telephone(b.phone())));
    }
    if (b.url() != null) {
      out.add(new Contact(writing.word(Word.WEB), bare(b.url()), b.url()));
    }
    for (Profile p : b.profiles()) {
      String text = p.url() != null ? bare(p.url()) : Objects.requireNonNullElse(p.username(), "");
      out.add(
          new Contact(
              Objects.requireNonNullElse(p.network(), writing.word(Word.PROFILE)), text, p.url()));
    }
    if (b.location() != null && b.location().city() != null) {
      // "City, Region" is the form résumé parsers recognise; the country, by its name in the
      // résumé's language, only stands in for a missing region (and not beside a city-state).
      String city = b.location().city();
      String country =
          b.location().countryCode() == null ? "" : writing.country(b.location().countryCode());
      String place =
          join(
              ", ",
              city,
              b.location().region() != null
                  ? b.location().region()
                  : city.equalsIgnoreCase(country) ? "" : country);
      out.add(new Contact(writing.word(Word.LOCATION), place, null));
    }
    return List.copyOf(out);
  }

  private static @Nullable Section section(
      ResumeSection section, Resume r, Emphasis e, Writing writing) {
    Dates dates = writing.dates();
    String key = section.key();
    return switch (section) {
      case SUMMARY ->
          r.basics().summary() == null
              ? null
              : Section.ofText(key, writing.heading(key), e.line(r.basics().summary()));
      case METRICS ->
          r.metrics().isEmpty()
              ? null
              : Section.ofMetrics(
                  key,
                  writing.heading(key),
                  r.metrics().stream()
                      .map(
                          m ->
                              new MetricCard(
                                  m.value(), m.label(), m.context(), text(m.organisation())))
                      .toList());
      case WORK ->
          entries(
              key,
              writing.heading(key),
              marked(key, r.work(), w -> work(w, e, dates), Work::priority, Work::highlights));
      case SYSTEMS ->
          r.systems().isEmpty()
              ? null
              : Section.ofCompact(
                  key,
                  writing.title(key, "Selected Systems"),
                  marked(
                      key,
                      r.systems(),
                      ResumeViews::system,
                      SystemEntry::priority,
                      s -> List.of()));
      case PROJECTS ->
          entries(
              key,
              writing.heading(key),
              marked(
                  key,
                  r.projects(),
                  p -> project(p, e, dates),
                  Project::priority,
                  Project::highlights));
      case SKILLS ->
          r.skills().isEmpty()
              ? null
              : Section.ofSkills(
                  key,
                  writing.heading(key),
                  r.skills().stream()
                      .map(
                          g ->
                              new SkillLine(
                                  aside(g.name(), text(g.level())),
                                  e.line(
                                      g.keywords().stream()
                                          .map(Item::text)
                                          .collect(Collectors.joining(", ")))))
                      .toList());
      case EDUCATION ->
          entries(
              key,
              writing.heading(key),
              marked(
                  key,
                  r.education(),
                  d -> education(d, dates, writing),
                  Education::priority,
                  d -> List.of()));
      case AWARDS ->
          entries(
              key,
              writing.heading(key),
              marked(key, r.awards(), a -> award(a, dates), Award::priority, a -> List.of()));
      case CERTIFICATES ->
          entries(
              key,
              writing.heading(key),
              marked(
                  key,
                  r.certificates(),
                  c -> certificate(c, dates),
                  Certificate::priority,
                  c -> List.of()));
      case PUBLICATIONS ->
          entries(
              key,
              writing.heading(key),
              marked(
                  key,
                  r.publications(),
                  p -> publication(p, dates),
                  Publication::priority,
                  p -> List.of()));
      case VOLUNTEER ->
          entries(
              key,
              writing.heading(key),
              marked(
                  key,
                  r.volunteer(),
                  v -> volunteer(v, e, dates),
                  Volunteer::priority,
                  Volunteer::highlights));
      case LANGUAGES ->
          r.languages().isEmpty()
              ? null
              : Section.ofText(
                  key,
                  writing.heading(key),
                  Line.of(
                      r.languages().stream()
                          .map(ResumeViews::language)
                          .collect(Collectors.joining(", "))));
      case INTERESTS ->
          r.interests().isEmpty()
              ? null
              : Section.ofText(
                  key,
                  writing.heading(key),
                  Line.of(
                      r.interests().stream()
                          .map(ResumeViews::interest)
                          .collect(Collectors.joining(", "))));
    };
  }

  /**
   * Entries marked with where they come from ({@code work[3]}, {@code work[3].highlights[2]}) and
   * how important they are, so that one-page fitting can name and rank what it may leave out. A
   * bullet without a priority of its own takes its entry's.
   */
  private static <T> List<Entry> marked(
      String key,
      List<T> items,
      Function<T, Entry> view,
      Function<T, Integer> priority,
      Function<T, List<Item>> bullets) {
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      List<Integer> bulletPriorities = bullets.apply(item).stream().map(Item::priority).toList();
      out.add(
          view.apply(item).withRef(key + "[" + i + "]", priority.apply(item), bulletPriorities));
    }
    return List.copyOf(out);
  }

  private static @Nullable Section entries(String key, String title, List<Entry> entries) {
    return entries.isEmpty() ? null : Section.ofEntries(key, title, entries);
  }

  static Entry work(Work w, Emphasis e, Dates dates) {
    return new Entry(
            text(w.position()),
            text(w.name()),
            null,
            w.url(),
            dates.period(w.startDate(), w.endDate()),
            String.join(", ", w.stack()),
            join(" ", text(w.description()), text(w.summary())),
            lines(w.highlights(), e))
        .at(text(w.location()));
  }

  private static Entry system(SystemEntry s) {
    return new Entry(
        s.name(),
        text(s.category()),
        null,
        null,
        "",
        join(", ", s.metric(), s.organisation()),
        text(s.summary()),
        List.of());
  }

  static Entry project(Project p, Emphasis e, Dates dates) {
    return new Entry(
        p.name(),
        text(p.entity()),
        p.url(),
        null,
        dates.period(p.startDate(), p.endDate()),
        join(" · ", String.join(", ", p.roles()), String.join(", ", p.keywords())),
        text(p.description()),
        lines(p.highlights(), e));
  }

  /** A language with its fluency, as both documents print it: "English (native)". */
  static String language(Language l) {
    return aside(l.language(), Objects.requireNonNullElse(l.fluency(), ""));
  }

  /** An interest with its keywords: "Coaching (FA Level 1 football coach, girls' U12)". */
  static String interest(Interest i) {
    return aside(i.name(), String.join(", ", i.keywords()));
  }

  /**
   * A name with what is said of it in brackets, brackets inside those set square as typographers
   * nest them: "Spanish (Conversational [medical Spanish certificate])".
   */
  static String aside(String name, String aside) {
    if (aside.isBlank()) {
      return name;
    }
    return name + " (" + aside.replace('(', '[').replace(')', ']') + ")";
  }

  static Entry education(Education d, Dates dates, Writing writing) {
    String title = join(", ", d.studyType(), d.area());
    String courses =
        d.courses().isEmpty()
            ? ""
            : writing.word(Word.COURSES, Map.of("courses", String.join(", ", d.courses())));
    return new Entry(
            title,
            text(d.institution()),
            null,
            d.url(),
            dates.period(d.startDate(), d.endDate()),
            text(d.score()),
            courses,
            List.of())
        .at(text(d.location()));
  }

  static Entry award(Award a, Dates dates) {
    return new Entry(
        a.title(),
        text(a.awarder()),
        null,
        null,
        dates.format(a.date()),
        "",
        text(a.summary()),
        List.of());
  }

  private static Entry certificate(Certificate c, Dates dates) {
    return new Entry(
        c.name(), text(c.issuer()), c.url(), null, dates.format(c.date()), "", "", List.of());
  }

  private static Entry publication(Publication p, Dates dates) {
    return new Entry(
        p.name(),
        text(p.publisher()),
        p.url(),
        null,
        dates.format(p.releaseDate()),
        "",
        text(p.summary()),
        List.of());
  }

  private static Entry volunteer(Volunteer v, Emphasis e, Dates dates) {
    return new Entry(
        text(v.position()),
        text(v.organization()),
        null,
        v.url(),
        dates.period(v.startDate(), v.endDate()),
        "",
        text(v.summary()),
        lines(v.highlights(), e));
  }

  static List<Line> lines(List<Item> items, Emphasis e) {
    return items.stream().map(i -> e.line(i.text())).toList();
  }

  static String text(String s) {
    return s == null ? "" : s;
  }

  static String join(String separator, String... parts) {
    return Stream.of(parts)
        .filter(p -> p != null && !p.isBlank())
        .collect(Collectors.joining(separator));
  }

  private static String bare(String url) {
    return url.replaceFirst("^(?i)https?://", "").replaceFirst("/$", "");
  }
}
