package dev.vitae.load;

import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes to text, strictly: a byte sequence that is not UTF-8 is reported where it stands rather
 * than silently turned into U+FFFD. A leading byte-order mark is dropped.
 */
public final class TextDecoder {

  /** The text, and where it is not UTF-8 (empty when it all is). */
  public record Decoded(String text, List<Diagnostic> errors) {}

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    StringBuilder text = new StringBuilder(bytes.length);
    List<Diagnostic> errors = new ArrayList<>();
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        out.flip();
        text.append(out);
        out.clear();
        int at = in.position();
        errors.add(
            Diagnostic.error(
                positionOf(text),
                "invalid UTF-8 byte 0x%02X".formatted(bytes[at] & 0xFF),
                "save the file as UTF-8 (most editors: File > Save with Encoding > UTF-8)"));
        text.append('\uFFFD');
        in.position(at + result.length());
      } else {
        decoder.flush(out);
        out.flip();
        text.append(out);
        if (errors.size() > 0 && looksLikeWindows1252(bytes, start, text)) {
          Diagnostic first = errors.get(0);
          return new Decoded(
              text.toString(),
              List.of(
                  Diagnostic.error(
                      first.position(),
                      "this file looks like Windows-1252, not UTF-8 (%s)"
                          .formatted(
                              errors.size() == 1
                                  ? "one such byte, here"
                                  : "%d such bytes, the first here".formatted(errors.size())),
                      "save it as UTF-8 (most editors: File > Save with Encoding > UTF-8)")));
        }
        return new Decoded(text.toString(), List.copyOf(errors));
      }
    }
  }

  /**
   * Whether bytes that are not UTF-8 are text in Windows-1252 (or Latin-1), as Windows editors save
   * it: no character beyond ASCII decoded as UTF-8 (else the file is UTF-8 with a damaged byte),
   * and every byte is a Windows-1252 character.
   */
  private static boolean looksLikeWindows1252(byte[] bytes, int start, CharSequence decoded) {
    if (decoded.chars().anyMatch(c -> c >= 0x80 && c != '\uFFFD')) {
      return false;
    }
    try {
      Charset.forName("windows-1252")
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Position positionOf(CharSequence textBefore) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < textBefore.length(); i++) {
      if (textBefore.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String tail = textBefore.subSequence(lineStart, textBefore.length()).toString();
    return new Position(line, tail.codePointCount(0, tail.length()) + 1);
  }
}
