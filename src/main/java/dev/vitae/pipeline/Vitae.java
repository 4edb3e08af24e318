package dev.vitae.pipeline;

import dev.vitae.check.CheckReport;
import dev.vitae.check.PdfCheck;
import dev.vitae.fit.FitReport;
import dev.vitae.fit.FitResult;
import dev.vitae.fit.Fitted;
import dev.vitae.fit.OnePageFitter;
import dev.vitae.fit.Overflow;
import dev.vitae.load.LoadResult;
import dev.vitae.load.Loader;
import dev.vitae.model.FitMode;
import dev.vitae.model.Resume;
import dev.vitae.model.Variant;
import dev.vitae.preview.PngPages;
import dev.vitae.render.Templates;
import dev.vitae.render.pdf.FontCoverage;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.LaidOut;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.render.pdf.PdfStamp;
import dev.vitae.source.Diagnostic;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import dev.vitae.tailor.VariantRules;
import dev.vitae.tailor.Vocabulary;
import dev.vitae.validate.Validator;
import dev.vitae.view.DossierView;
import dev.vitae.view.DossierViews;
import dev.vitae.view.Emphasis;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ResumeViews;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The whole pipeline, for one thread. Holds what is costly to make (template cache, parsed fonts)
 * so that rebuilds are fast; every call returns new values and changes nothing it was given.
 */
public final class Vitae {

  private final Templates templates;
  private final PdfEngine pdf;

  public Vitae(Templates templates, PdfEngine pdf) {
    this.templates = templates;
    this.pdf = pdf;
  }

  /** The shipped templates and fonts, or a user's template folder first. */
  public static Vitae create(Optional<Path> userTemplates) {
    return create(userTemplates, FontSet.shipped());
  }

  /** The shipped templates, or a user's template folder first, with these fonts. */
  public static Vitae create(Optional<Path> userTemplates, FontSet fonts) {
    return new Vitae(Templates.create(userTemplates), new PdfEngine(fonts));
  }

  /** A pipeline ready for one résumé, or the reasons it cannot build PDFs. */
  public record Opened(Optional<Vitae> vitae, FontSet fonts, List<Diagnostic> diagnostics) {

    /** Another pipeline like the opened one (same templates and fonts), for another thread. */
    public Vitae another(Optional<Path> userTemplates) {
      return create(userTemplates, fonts);
    }
  }

  /**
   * The pipeline for a loaded résumé: {@code fonts} plus the {@code fonts:} it names (inside {@code
   * folder}, the folder of resume.yaml), then a check that every character of every shown value has
   * a font. Reports every problem at its value.
   */
  public static Opened open(
      Path folder, LoadResult.Loaded loaded, FontSet fonts, Optional<Path> userTemplates) {
    UserFonts.Resolved extra =
        UserFonts.resolve(folder, loaded.resume().fonts(), loaded.sourceMap());
    if (!extra.diagnostics().isEmpty()) {
      return new Opened(Optional.empty(), fonts, extra.diagnostics());
    }
    FontSet all = fonts.withFallbacks(extra.files());
    Vitae vitae = create(userTemplates, all);
    List<Diagnostic> problems =
        Scripts.check(loaded.resume(), loaded.sourceMap(), vitae.pdf.coverage());
    return problems.isEmpty()
        ? new Opened(Optional.of(vitae), all, List.of())
        : new Opened(Optional.empty(), all, problems);
  }

  /** The themes shipped with vitae; {@code modern} is the default. */
  public static final List<String> THEMES = List.of("modern", "classic");

  /**
   * The résumé template of a theme: {@code resume.ftlx} for modern, else {@code resume-NAME.ftlx}.
   */
  public static String themeTemplate(@Nullable String theme) {
    return theme == null || theme.equals("modern") ? "resume.ftlx" : "resume-" + theme + ".ftlx";
  }

  /** Which characters this pipeline's fonts draw. */
  FontCoverage coverage() {
    return pdf.coverage();
  }

  /** Whether a theme's template exists, shipped or in the user's template folder. */
  public boolean hasTheme(@Nullable String theme) {
    return templates.exists(themeTemplate(theme));
  }

  /** Loads and validates; a {@link LoadResult.Failed} when any error was found. */
  public static LoadResult read(String name, byte[] bytes) {
    LoadResult loaded = Loader.load(name, bytes);
    if (!(loaded instanceof LoadResult.Loaded l)) {
      return loaded;
    }
    List<Diagnostic> all = new ArrayList<>(l.diagnostics());
    all.addAll(Validator.validate(l.resume(), l.sourceMap()));
    all.addAll(VariantRules.check(l.resume(), l.sourceMap()));
    if (all.stream().anyMatch(Diagnostic::isError)) {
      return new LoadResult.Failed(l.source(), all);
    }
    return new LoadResult.Loaded(l.source(), l.resume(), l.sourceMap(), List.copyOf(all));
  }

  /**
   * Every document of one profile: tailored, rendered, named; files of a variant go in its folder.
   *
   * @throws DoesNotFit when the résumé cannot be fitted on one page
   * @throws dev.vitae.render.pdf.UncoveredText when a value ({@code --set}) has characters no font
   *     has
   */
  public VariantBuild build(Resume source, Profile profile, BuildOptions options) {
    Map<String, Long> stages = new LinkedHashMap<>();
    long t = System.nanoTime();
    Resume resume = Tailor.apply(source, profile);
    Variant v = profile.variant();
    List<String> wanted = v.documents().isEmpty() ? Vocabulary.DOCUMENTS : v.documents();
    List<String> order = sectionOrder(v);
    String resumeBase = folder(profile) + fileBase(source, profile, "Resume");

    List<Document> docs = new ArrayList<>();
    List<CheckReport> checks = new ArrayList<>();
    Optional<FitReport> fit = Optional.empty();
    ResumeView view = resumeView(resume, v, options.paper());
    t = lap(stages, "tailor", t);
    if (wanted.contains("resume")) {
      BuildOptions fitting =
          "strict".equals(v.fit())
              ? new BuildOptions(
                  options.paper(),
                  options.time(),
                  FitMode.STRICT,
                  options.previewDpi(),
                  options.archival())
              : options;
      Built built;
      try {
        built = resumePdf(view, fitting, resumeBase, themeTemplate(v.theme()));
      } catch (DoesNotFit e) {
        throw new DoesNotFit(e.overflow(), profile.name());
      }
      docs.addAll(built.documents());
      fit = Optional.of(built.fit());
      t = lap(stages, "resume.pdf", t);
      Document pdfDoc = built.documents().get(0);
      checks.add(
          PdfCheck.check(pdfDoc.fileName(), pdfDoc.bytes(), SourceText.of(built.fittedView())));
      t = lap(stages, "check", t);
      if (options.previewDpi() > 0) {
        docs.addAll(previews(pdfDoc, resumeBase, options));
        t = lap(stages, "preview", t);
      }
    }
    if (wanted.contains("text")) {
      docs.addAll(resumeText(view, resumeBase));
      t = lap(stages, "text", t);
    }
    String dossierBase = folder(profile) + fileBase(source, profile, "Dossier");
    if (wanted.contains("dossier")) {
      DossierBuilt dossier = dossier(resume, options, dossierBase);
      for (Document d : dossier.documents()) {
        boolean pdfDoc = d.kind().equals("dossier.pdf");
        if (pdfDoc || wanted.contains("text")) {
          docs.add(d);
        }
        if (pdfDoc) {
          checks.add(PdfCheck.check(d.fileName(), d.bytes(), SourceText.of(dossier.view())));
        }
      }
      lap(stages, "dossier", t);
    } else if (wanted.contains("text")) {
      docs.addAll(dossierText(DossierViews.of(resume, options.paper()), dossierBase));
      lap(stages, "dossier", t);
    }
    return new VariantBuild(
        profile.name(),
        List.copyOf(docs),
        fit,
        List.copyOf(checks),
        emptySections(source, resume, order, profile),
        Collections.unmodifiableMap(stages));
  }

  /** The résumé's view as a variant asks for it: its section order and its emphasis. */
  public static ResumeView resumeView(Resume tailored, Variant v, Paper paper) {
    return ResumeViews.of(tailored, sectionOrder(v), new Emphasis(v.emphasize()), paper);
  }

  private static List<String> sectionOrder(Variant v) {
    return v.sections().isEmpty() ? ResumeViews.DEFAULT_ORDER : v.sections();
  }

  /**
   * A profile's file name for a document, without folder or extension: {@code
   * Tushar-Resume-backend}.
   */
  public static String fileBase(Resume resume, Profile profile, String document) {
    Variant v = profile.variant();
    String pattern =
        v.filename() != null
            ? v.filename()
            : profile.isBase() ? "{name}-{document}" : "{name}-{document}-{variant}";
    return FileNames.pattern(
        pattern, FileNames.person(resume.basics().name()), document, profile.name());
  }

  private static String folder(Profile profile) {
    return profile.isBase() ? "" : profile.name() + "/";
  }

  /**
   * The one-page résumé of the untailored résumé: PDF, plain text and Markdown. The PDF is fitted
   * to one page, leaving out what matters least when it must (the report says what); the text and
   * Markdown, which have no pages, keep everything.
   *
   * @throws DoesNotFit when strict fitting was asked for and the résumé overflows, or when what may
   *     not be left out is already more than a page
   */
  public Built resume(Resume resume, BuildOptions options, String baseName) {
    ResumeView view =
        ResumeViews.of(resume, ResumeViews.DEFAULT_ORDER, Emphasis.NONE, options.paper());
    Built pdfBuilt = resumePdf(view, options, baseName, themeTemplate(null));
    List<Document> docs = new ArrayList<>(pdfBuilt.documents());
    docs.addAll(resumeText(view, baseName));
    return new Built(
        List.copyOf(docs), pdfBuilt.fit(), pdfBuilt.resumeXhtml(), pdfBuilt.fittedView());
  }

  private Built resumePdf(ResumeView view, BuildOptions options, String baseName, String template) {
    long t0 = System.nanoTime();
    FitResult result =
        new OnePageFitter(v -> templates.render(template, v), pdf::layout).fit(view, options.fit());
    if (!(result instanceof Fitted fitted)) {
      throw new DoesNotFit((Overflow) result);
    }
    byte[] bytes =
        fitted
            .layout()
            .write(
                new PdfStamp(
                    options.time(),
                    fitted.xhtml().getBytes(StandardCharsets.UTF_8),
                    options.archival()));
    Document doc =
        new Document(
            baseName + ".pdf",
            "resume.pdf",
            bytes,
            fitted.layout().pages(),
            ms(System.nanoTime() - t0));
    return new Built(List.of(doc), fitted.report(), fitted.xhtml(), fitted.view());
  }

  /**
   * PNG pictures of a PDF's pages beside it: {@code X-1.png}, {@code X-2.png}, … when asked for.
   */
  private static List<Document> previews(Document pdfDoc, String baseName, BuildOptions options) {
    long t0 = System.nanoTime();
    List<byte[]> pages = PngPages.render(pdfDoc.bytes(), options.previewDpi());
    long each = ms(System.nanoTime() - t0) / Math.max(1, pages.size());
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      out.add(
          new Document(baseName + "-" + (i + 1) + ".png", "preview.png", pages.get(i), 0, each));
    }
    return out;
  }

  private List<Document> resumeText(ResumeView view, String baseName) {
    return texts("resume", view, baseName);
  }

  /**
   * A document's plain text and Markdown from its templates {@code NAME.txt.ftl} and {@code
   * NAME.md.ftl}.
   */
  private List<Document> texts(String document, Object view, String baseName) {
    long t0 = System.nanoTime();
    String text = templates.render(document + ".txt.ftl", view);
    long t1 = System.nanoTime();
    String markdown = templates.render(document + ".md.ftl", view);
    long t2 = System.nanoTime();
    return List.of(
        new Document(baseName + ".txt", document + ".txt", utf8(text), 0, ms(t1 - t0)),
        new Document(baseName + ".md", document + ".md", utf8(markdown), 0, ms(t2 - t1)));
  }

  private static List<String> emptySections(
      Resume before, Resume after, List<String> order, Profile p) {
    if (p.isBase() && p.variant().include().isEmpty() && p.variant().exclude().isEmpty()) {
      return List.of();
    }
    String who = p.isBase() ? "the tag flags leave" : "variant '" + p.name() + "' leaves";
    List<String> out = new ArrayList<>();
    for (String key : order) {
      if (SectionCounts.count(before, key) > 0 && SectionCounts.count(after, key) == 0) {
        out.add("%s the section '%s' empty".formatted(who, key));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The long-form dossier: PDF, plain text and Markdown. It is never fitted or shortened: laid out
   * once, as long as its content needs.
   */
  public DossierBuilt dossier(Resume resume, BuildOptions options, String baseName) {
    DossierView view = DossierViews.of(resume, options.paper());
    List<Document> docs = new ArrayList<>(dossierText(view, baseName));
    long t0 = System.nanoTime();
    String xhtml = templates.render("dossier.ftlx", view);
    LaidOut laidOut = pdf.layout(xhtml);
    byte[] bytes =
        laidOut.write(
            new PdfStamp(
                options.time(), xhtml.getBytes(StandardCharsets.UTF_8), options.archival()));
    docs.add(
        0,
        new Document(
            baseName + ".pdf", "dossier.pdf", bytes, laidOut.pages(), ms(System.nanoTime() - t0)));
    return new DossierBuilt(List.copyOf(docs), xhtml, view);
  }

  /** The dossier's plain text and Markdown, without laying out its PDF. */
  private List<Document> dossierText(DossierView view, String baseName) {
    return texts("dossier", view, baseName);
  }

  /** The dossier's documents, with the XHTML its PDF was made from. */
  public record DossierBuilt(List<Document> documents, String xhtml, DossierView view) {}

  /** The documents of one build, with the fit report and the XHTML the résumé PDF was made from. */
  public record Built(
      List<Document> documents, FitReport fit, String resumeXhtml, ResumeView fittedView) {}

  private static byte[] utf8(String s) {
    return (s.endsWith("\n") ? s : s + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static long lap(Map<String, Long> stages, String stage, long since) {
    long now = System.nanoTime();
    stages.put(stage, ms(now - since));
    return now;
  }

  private static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
