package dev.vitae.view;

import dev.vitae.model.Diagram;
import dev.vitae.model.Dossier;
import dev.vitae.model.Item;
import dev.vitae.model.Metric;
import dev.vitae.model.Resume;
import dev.vitae.model.SectionText;
import dev.vitae.model.Step;
import dev.vitae.model.SystemEntry;
import dev.vitae.model.Theme;
import dev.vitae.model.Word;
import dev.vitae.view.DossierView.CaseStudy;
import dev.vitae.view.DossierView.Closing;
import dev.vitae.view.DossierView.Cover;
import dev.vitae.view.DossierView.Credentials;
import dev.vitae.view.DossierView.Figure;
import dev.vitae.view.DossierView.FigureStep;
import dev.vitae.view.DossierView.Heading;
import dev.vitae.view.DossierView.Mark;
import dev.vitae.view.DossierView.Part;
import dev.vitae.view.DossierView.SystemCard;
import dev.vitae.view.DossierView.Writeup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Builds the dossier's view from a résumé: every part of it, never shortened. */
public final class DossierViews {

  private DossierViews() {}

  /** The dossier in the default theme's look. */
  public static DossierView of(Resume r, Paper paper) {
    return of(r, paper, Theme.MODERN);
  }

  /** The dossier set in a theme: {@code classic}'s, or else {@code modern}'s. */
  public static DossierView of(Resume r, Paper paper, Theme theme) {
    return of(r, paper, theme, Optional.empty());
  }

  /** The dossier set in a theme, its cover showing the person's picture when there is one. */
  public static DossierView of(Resume r, Paper paper, Theme theme, Optional<Picture> picture) {
    Writing writing = Writing.of(r);
    Map<String, String> dossierIds = new HashMap<>();
    for (int i = 0; i < r.dossiers().size(); i++) {
      dossierIds.putIfAbsent(r.dossiers().get(i).id(), "dossier-" + (i + 1));
    }
    Map<String, String> dossierTitles =
        r.dossiers().stream().collect(Collectors.toMap(Dossier::id, Dossier::title, (a, b) -> a));

    Part<SystemCard> systems =
        part(
            r,
            writing,
            "systems",
            r.systems().stream().map(s -> system(s, dossierIds, dossierTitles)).toList());
    List<CaseStudy> studies = new ArrayList<>();
    for (int i = 0; i < r.dossiers().size(); i++) {
      studies.add(
          caseStudy(
              r.dossiers().get(i),
              i,
              writing.word(
                  Word.CASE,
                  Map.of("n", i + 1, "nn", twoDigits(i + 1), "count", r.dossiers().size()))));
    }
    Part<CaseStudy> dossiers = part(r, writing, "dossiers", studies);
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < r.diagrams().size(); i++) {
      figures.add(
          figure(
              r.diagrams().get(i),
              i,
              writing.word(Word.FIGURE, Map.of("n", i + 1, "nn", twoDigits(i + 1)))));
    }
    Part<Figure> diagrams = part(r, writing, "diagrams", figures);
    Part<Writeup> notes =
        part(
            r,
            writing,
            "notes",
            r.notes().stream()
                .map(n -> new Writeup(text(n.category()), n.title(), text(n.body())))
                .toList());
    Part<SkillLine> skills =
        part(
            r,
            writing,
            "skills",
            r.skills().stream()
                .map(
                    g ->
                        new SkillLine(
                            ResumeViews.aside(g.name(), ResumeViews.text(g.level())),
                            Line.of(
                                g.keywords().stream()
                                    .map(Item::text)
                                    .collect(Collectors.joining(", ")))))
                .toList());
    Part<Entry> work =
        part(
            r,
            writing,
            "work",
            r.work().stream()
                .map(w -> ResumeViews.work(w, Emphasis.NONE, writing.dates()))
                .toList());
    Part<Entry> projects =
        part(
            r,
            writing,
            "projects",
            r.projects().stream()
                .map(p -> ResumeViews.project(p, Emphasis.NONE, writing.dates()))
                .toList());
    List<Writeup> rules = new ArrayList<>();
    for (int i = 0; i < r.principles().size(); i++) {
      rules.add(
          new Writeup(
              number(i), r.principles().get(i).title(), text(r.principles().get(i).body())));
    }
    Part<Writeup> principles = part(r, writing, "principles", rules);
    Credentials credentials =
        r.education().isEmpty() && r.awards().isEmpty() && r.languages().isEmpty()
            ? null
            : new Credentials(
                heading(r, writing, "credentials"),
                writing.heading("education"),
                r.education().stream()
                    .map(d -> ResumeViews.education(d, writing.dates(), writing))
                    .toList(),
                writing.heading("awards"),
                r.awards().stream().map(a -> ResumeViews.award(a, writing.dates())).toList(),
                writing.heading("languages"),
                r.languages().stream().map(ResumeViews::language).toList());
    List<Contact> contacts = ResumeViews.contacts(r.basics(), writing);
    String availability = text(r.basics().availability());
    Closing contact =
        availability.isEmpty() && contacts.isEmpty()
            ? null
            : new Closing(heading(r, writing, "contact"), availability, contacts);

    List<Mark> contents = new ArrayList<>();
    mark(contents, systems);
    if (dossiers != null) {
      contents.add(
          new Mark(
              dossiers.heading().id(),
              dossiers.heading().title(),
              studies.stream().map(s -> new Mark(s.id(), s.title(), List.of())).toList()));
    }
    mark(contents, diagrams);
    mark(contents, notes);
    mark(contents, skills);
    mark(contents, work);
    mark(contents, projects);
    mark(contents, principles);
    if (credentials != null) {
      contents.add(new Mark(credentials.heading().id(), credentials.heading().title(), List.of()));
    }
    if (contact != null) {
      contents.add(new Mark(contact.heading().id(), contact.heading().title(), List.of()));
    }

    return new DossierView(
        ResumeViews.info(r, writing.word(Word.DOSSIER), writing),
        paper.css(),
        Look.of(theme),
        writing.all(),
        writing.pageFooter(),
        cover(r, contacts, picture),
        writing.heading("contents"),
        List.copyOf(contents),
        systems,
        dossiers,
        diagrams,
        notes,
        skills,
        work,
        r.work().stream()
            .map(
                w -> {
                  String id = w.dossier() == null ? "" : dossierIds.getOrDefault(w.dossier(), "");
                  return new Mark(
                      id,
                      id.isEmpty() ? "" : dossierTitles.getOrDefault(w.dossier(), ""),
                      List.of());
                })
            .toList(),
        projects,
        principles,
        credentials,
        contact);
  }

  /** A number of a word's {@code {nn}} place: at least two digits, as in "system dossier / 01". */
  private static String twoDigits(int n) {
    return String.format(java.util.Locale.ROOT, "%02d", n);
  }

  private static Cover cover(Resume r, List<Contact> contacts, Optional<Picture> picture) {
    var b = r.basics();
    return new Cover(
        b.name(),
        shortened(b.name(), RUNNING_NAME),
        b.name().length() > LONG_NAME,
        text(b.label()),
        text(b.headline()),
        text(b.summary()),
        r.metrics().stream().map(DossierViews::card).toList(),
        b.focus().stream().map(Item::text).toList(),
        contacts,
        picture.map(Picture::dataUri).orElse(null));
  }

  private static MetricCard card(Metric m) {
    return new MetricCard(m.value(), m.label(), text(m.context()));
  }

  private static SystemCard system(
      SystemEntry s, Map<String, String> ids, Map<String, String> titles) {
    String id = s.dossier() == null ? "" : ids.getOrDefault(s.dossier(), "");
    String title = id.isEmpty() ? "" : titles.getOrDefault(s.dossier(), "");
    return new SystemCard(
        s.name(),
        text(s.category()),
        text(s.metric()),
        text(s.organisation()),
        text(s.summary()),
        id,
        title);
  }

  private static CaseStudy caseStudy(Dossier d, int index, String kicker) {
    return new CaseStudy(
        "dossier-" + (index + 1),
        kicker,
        d.title(),
        text(d.organisation()),
        text(d.role()),
        List.copyOf(d.metrics()),
        text(d.problem()),
        text(d.architecture()),
        steps(d.flow()),
        text(d.reliability()),
        d.operations().stream().map(Item::text).toList(),
        d.decisions().stream().map(Item::text).toList(),
        String.join(" · ", d.stack()));
  }

  private static Figure figure(Diagram d, int index, String kicker) {
    return new Figure(
        "figure-" + (index + 1), kicker, d.title(), text(d.summary()), steps(d.steps()));
  }

  /** Steps as a figure draws them: numbered from 01, each with its branches. */
  private static List<FigureStep> steps(List<Step> flow) {
    List<FigureStep> steps = new ArrayList<>();
    for (int i = 0; i < flow.size(); i++) {
      Step s = flow.get(i);
      steps.add(
          new FigureStep(
              number(i),
              s.name(),
              text(s.detail()),
              s.branches().stream()
                  .map(b -> new FigureStep("", b.name(), text(b.detail())))
                  .toList()));
    }
    return List.copyOf(steps);
  }

  private static <T> @Nullable Part<T> part(Resume r, Writing writing, String key, List<T> items) {
    return items.isEmpty() ? null : new Part<>(heading(r, writing, key), List.copyOf(items));
  }

  private static Heading heading(Resume r, Writing writing, String key) {
    SectionText t = r.sections().get(key);
    String title = t == null || t.title() == null ? writing.heading(key) : t.title();
    return new Heading(
        key, title, t == null ? "" : text(t.subtitle()), t == null ? "" : text(t.intro()));
  }

  private static void mark(List<Mark> contents, @Nullable Part<?> part) {
    if (part != null) {
      contents.add(new Mark(part.heading().id(), part.heading().title(), List.of()));
    }
  }

  /** "01", "02", … */
  private static String number(int index) {
    return String.format(java.util.Locale.ROOT, "%02d", index + 1);
  }

  /** Longer names are set at a smaller size on the cover: three lines of the display size. */
  static final int LONG_NAME = 40;

  /** Characters of the name the running header holds: half the header line, at its size. */
  static final int RUNNING_NAME = 48;

  private static String shortened(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }

  private static String text(String s) {
    return Objects.requireNonNullElse(s, "");
  }
}
