package dev.vitae.cli;

import dev.vitae.check.FieldCheck;
import java.io.PrintWriter;
import java.util.List;

/** Prints the structural read-back of a résumé: field, expected, found, ok or MISMATCH. */
final class FieldTable {

  private static final int TEXT = 36;

  private FieldTable() {}

  static void print(List<FieldCheck> rows, PrintWriter out) {
    int name = rows.stream().mapToInt(r -> r.field().length()).max().orElse(5);
    String row = "  %-" + name + "s  %-" + TEXT + "s  %-" + TEXT + "s  %s%n";
    out.printf(row, "field", "expected", "found", "");
    for (FieldCheck r : rows) {
      out.printf(
          row,
          r.field(),
          cut(r.expected()),
          r.found().isEmpty() ? "(nothing)" : cut(r.found()),
          r.ok() ? "ok" : "MISMATCH");
    }
    long bad = rows.stream().filter(r -> !r.ok()).count();
    out.printf("  %d fields, %d mismatched%n", rows.size(), bad);
  }

  private static String cut(String s) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= TEXT ? flat : flat.substring(0, TEXT - 1) + "…";
  }
}
