package dev.vitae.load;

import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, all at once, the characters YAML would stop at one by one: tabs in indentation and
 * invisible control characters.
 */
final class TextScanner {

  private TextScanner() {}

  static List<Diagnostic> scan(String text) {
    List<Diagnostic> errors = new ArrayList<>();
    boolean json = text.stripLeading().startsWith("{");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean indent = true;
      int column = 0;
      for (int k = 0; k < line.length(); ) {
        int c = line.codePointAt(k);
        column++;
        if (c == '\t') {
          if (indent && !json) {
            errors.add(
                Diagnostic.error(
                    new Position(i + 1, column),
                    "tab character in indentation",
                    "YAML indents with spaces only; replace the tab with spaces"));
          }
        } else if (c != ' ') {
          indent = false;
        }
        if (isForbiddenControl(c) && !(c == '\r' && k == line.length() - 1)) {
          errors.add(
              Diagnostic.error(
                  new Position(i + 1, column),
                  "control character U+%04X is not allowed".formatted(c),
                  "delete it: it is invisible in most editors and unreadable to applicant-tracking systems"));
        }
        k += Character.charCount(c);
      }
    }
    return errors;
  }

  private static boolean isForbiddenControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }
}
