package dev.vitae.pipeline;

import dev.vitae.check.Expectation;
import dev.vitae.check.ReadAs;
import dev.vitae.check.ReadBack;
import dev.vitae.fit.FitReport;
import java.util.List;
import java.util.Optional;

/**
 * What one output rendered.
 *
 * @param documents its files, the main one first
 * @param readBack what the main file, a PDF or a Word copy, must hold when read back; empty for
 *     text
 * @param fit how the résumé was fitted on one page, for the outputs that fit
 */
public record Rendered(
    List<Document> documents, Optional<ReadBack> readBack, Optional<FitReport> fit) {

  public Rendered {
    documents = List.copyOf(documents);
  }

  /** Files with nothing to read back. */
  public static Rendered files(List<Document> documents) {
    return new Rendered(documents, Optional.empty(), Optional.empty());
  }

  /** A PDF (first) and what reading it back must find. */
  public static Rendered pdf(List<Document> documents, Expectation readBack) {
    return new Rendered(
        documents, Optional.of(new ReadBack(ReadAs.PDF, readBack)), Optional.empty());
  }

  /** A web page (first) and what reading it back with jsoup must find. */
  public static Rendered html(List<Document> documents, Expectation readBack) {
    return new Rendered(
        documents, Optional.of(new ReadBack(ReadAs.HTML, readBack)), Optional.empty());
  }

  /** A Word document (first) and what reading it back with POI must find. */
  public static Rendered docx(List<Document> documents, Expectation readBack) {
    return new Rendered(
        documents, Optional.of(new ReadBack(ReadAs.DOCX, readBack)), Optional.empty());
  }
}
