package dev.vitae.pipeline;

import dev.vitae.fit.FitReport;
import dev.vitae.fit.FitResult;
import dev.vitae.fit.Fitted;
import dev.vitae.fit.OnePageFitter;
import dev.vitae.fit.Overflow;
import dev.vitae.load.LoadResult;
import dev.vitae.load.Loader;
import dev.vitae.model.Resume;
import dev.vitae.render.Templates;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.render.pdf.PdfStamp;
import dev.vitae.source.Diagnostic;
import dev.vitae.validate.Validator;
import dev.vitae.view.Emphasis;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ResumeViews;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;

/**
 * The whole pipeline, for one thread. Holds what is costly to make (template cache, parsed fonts) so
 * that rebuilds are fast; every call returns new values and changes nothing it was given.
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
    return new Vitae(Templates.create(userTemplates), new PdfEngine(FontSet.shipped()));
  }

  /** Loads and validates; a {@link LoadResult.Failed} when any error was found. */
  public static LoadResult read(String name, byte[] bytes) {
    LoadResult loaded = Loader.load(name, bytes);
    if (!(loaded instanceof LoadResult.Loaded l)) {
      return loaded;
    }
    List<Diagnostic> all = new ArrayList<>(l.diagnostics());
    all.addAll(Validator.validate(l.resume(), l.sourceMap()));
    if (all.stream().anyMatch(Diagnostic::isError)) {
      return new LoadResult.Failed(l.source(), all);
    }
    return new LoadResult.Loaded(l.source(), l.resume(), l.sourceMap(), List.copyOf(all));
  }

  /**
   * The one-page résumé: PDF, plain text and Markdown. The PDF is fitted to one page, leaving out what
   * matters least when it must (the report says what); the text and Markdown, which have no pages,
   * keep everything.
   *
   * @throws DoesNotFit when strict fitting was asked for and the résumé overflows, or when what may
   *     not be left out is already more than a page
   */
  public Built resume(Resume resume, BuildOptions options, String baseName) {
    ResumeView view = ResumeViews.of(resume, ResumeViews.DEFAULT_ORDER, Emphasis.NONE, options.paper());
    long t0 = System.nanoTime();
    FitResult result = new OnePageFitter(v -> templates.render("resume.ftlx", v), pdf::layout)
        .fit(view, options.fit());
    if (!(result instanceof Fitted fitted)) {
      throw new DoesNotFit((Overflow) result);
    }
    byte[] bytes = fitted.layout().write(new PdfStamp(options.time(),
        fitted.xhtml().getBytes(StandardCharsets.UTF_8)));
    long t1 = System.nanoTime();
    String text = templates.render("resume.txt.ftl", view);
    long t2 = System.nanoTime();
    String markdown = templates.render("resume.md.ftl", view);
    long t3 = System.nanoTime();
    List<Document> docs = List.of(
        new Document(baseName + ".pdf", "resume.pdf", bytes, fitted.layout().pages(), ms(t1 - t0)),
        new Document(baseName + ".txt", "resume.txt", utf8(text), 0, ms(t2 - t1)),
        new Document(baseName + ".md", "resume.md", utf8(markdown), 0, ms(t3 - t2)));
    return new Built(docs, fitted.report(), fitted.xhtml());
  }

  /** The documents of one build, with the fit report and the XHTML the résumé PDF was made from. */
  public record Built(List<Document> documents, FitReport fit, String resumeXhtml) {}

  private static byte[] utf8(String s) {
    return (s.endsWith("\n") ? s : s + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
