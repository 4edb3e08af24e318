package dev.vitae.apply;

import dev.vitae.match.MatchReport;
import dev.vitae.match.MatchText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The commented starter application {@code vitae apply --new} writes: company, role, the posting it
 * copied, today's date, the variant the match chose (with the ranking in comments), and a letter
 * whose paragraphs say what to write, marked {@code TODO} so that it cannot be sent as is.
 */
public final class Starter {

  private Starter() {}

  /**
   * The starter's text.
   *
   * @param file the application file's name, for the commands in its comments
   * @param posting the posting's file name beside it, if one was given
   * @param resume the résumé it sends, relative to it, when the command line named one
   * @param words the résumé's own words ({@code locale.words}): its greeting and closing, in its
   *     language, start the letter instead of the English ones
   */
  public static String text(
      String file,
      String company,
      String role,
      LocalDate date,
      Optional<String> posting,
      Optional<String> resume,
      Map<String, String> words,
      VariantChoice choice) {
    StringBuilder out = new StringBuilder();
    out.append("# An application to ")
        .append(company)
        .append(" for ")
        .append(role)
        .append(", written by 'vitae apply --new' on ")
        .append(date)
        .append(".\n");
    out.append("# Write the letter, then build the bundle (into sent/, beside this file):\n");
    out.append("#   vitae apply ").append(file).append('\n');
    out.append("# When you send it, mark it sent (refused while a placeholder or TODO remains):\n");
    out.append("#   vitae apply --status sent ").append(file).append('\n');
    out.append("# Every key: vitae schema --application\n");
    if (!choice.reports().isEmpty()) {
      out.append("#\n# vitae match against the posting, variants by coverage:\n");
      for (MatchReport r : choice.reports()) {
        out.append(
            String.format(
                Locale.ROOT,
                "#   %-12s %3d%%  (%d of %d terms)\n",
                r.variant(),
                r.coverage(),
                r.covered().size(),
                r.found()));
      }
      MatchReport best = choice.reports().get(0);
      for (MatchReport.BringIn b : best.bringIn()) {
        out.append("# to bring in: ").append(MatchText.bringIn(b)).append('\n');
      }
      if (!best.missing().isEmpty()) {
        out.append("# not in resume.yaml: ").append(String.join(", ", best.missing())).append('\n');
      }
    }
    out.append("company: ").append(quoted(company)).append('\n');
    out.append("role: ").append(quoted(role)).append('\n');
    posting.ifPresent(
        p -> out.append("posting: ").append(quoted(p)).append("  # the posting as received\n"));
    out.append("date: ")
        .append(date)
        .append("  # the day it goes out; names the bundle's folder\n");
    out.append("# a variant of resume.yaml, base, or auto (the best match at each build)\n");
    out.append("variant: ")
        .append(choice.shown())
        .append(choice.reports().isEmpty() ? "" : "  # the best match")
        .append('\n');
    resume.ifPresent(
        r ->
            out.append("resume: ")
                .append(quoted(r))
                .append("  # the résumé it sends, relative to this file\n"));
    out.append("documents: [resume, cover-letter]  # also: dossier\n");
    out.append(
        "# the files each document is sent as: PDF, and the Word copy (.docx) many portals and\n");
    out.append("# recruiters ask for; [pdf] for the PDFs alone\n");
    out.append("formats: [pdf, docx]\n");
    out.append("status: draft  # then: sent, interview, offer, rejected, withdrawn\n");
    out.append("letter:\n");
    out.append("  # recipient:  # each line may be left out\n");
    out.append("  #   name: Dana Rivera\n");
    out.append("  #   title: Engineering Manager\n");
    out.append("  #   address: [1 Main Street, Springfield]\n");
    out.append("  greeting: ")
        .append(word(words, "greeting").orElse("Dear Hiring Manager,"))
        .append('\n');
    out.append("  paragraphs:\n");
    out.append("    - \"TODO: why ").append(escaped(company)).append(", and why this role\"\n");
    out.append("    - \"TODO: what you built that this posting asks for, with a number\"\n");
    out.append("    - \"TODO: a line to close; the enclosures are listed for you\"\n");
    out.append("  closing: ").append(word(words, "closing").orElse("Kind regards,")).append('\n');
    out.append("notes: \"\"\n");
    return out.toString();
  }

  private static Optional<String> word(Map<String, String> words, String key) {
    return Optional.ofNullable(words.get(key)).filter(w -> !w.isBlank()).map(Starter::quoted);
  }

  private static String quoted(String value) {
    return "\"" + escaped(value) + "\"";
  }

  private static String escaped(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
