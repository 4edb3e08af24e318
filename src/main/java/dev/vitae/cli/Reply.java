package dev.vitae.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * What {@code vitae serve} answers a request, as lines the launcher reads in bash: {@code ok} (the
 * command runs) or {@code no REASON} (it does not: the launcher starts vitae itself); then {@code o
 * TEXT} or {@code e TEXT}, a line of standard output or error, {@code O TEXT} or {@code E TEXT} the
 * same without its line end; last {@code x CODE}, the exit code. In TEXT a backslash is doubled and
 * NUL is {@code \x00}, so that bash's {@code printf %b} gives back the bytes.
 *
 * <p>A client that went away is not an error: what is left of the reply is dropped.
 */
final class Reply {

  private final OutputStream out;
  private final Charset charset;
  private boolean gone;

  /**
   * @param charset the encoding of vitae's standard output and error ({@link Main}: UTF-8)
   */
  Reply(OutputStream out, Charset charset) {
    this.out = out;
    this.charset = charset;
  }

  synchronized void accept() {
    send("ok\n");
  }

  synchronized void decline(String reason) {
    send("no " + reason + "\n");
  }

  synchronized void exit(int code) {
    send("x " + code + "\n");
  }

  /** A line of text with its tag: {@code o}, {@code e}, or {@code O}, {@code E} for no line end. */
  synchronized void line(char tag, CharSequence text) {
    StringBuilder s = new StringBuilder(text.length() + 4).append(tag).append(' ');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> s.append("\\\\");
        case '\0' -> s.append("\\x00");
        default -> s.append(c);
      }
    }
    send(s.append('\n').toString());
  }

  private void send(String text) {
    if (gone) {
      return;
    }
    try {
      out.write(text.getBytes(charset));
      out.flush();
    } catch (IOException e) {
      gone = true;
    }
  }

  /** A writer whose text goes out as lines of one stream: {@code o} for output, {@code e} error. */
  Writer writer(char tag) {
    return new Writer() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public void write(char[] chars, int off, int len) {
        for (int i = off; i < off + len; i++) {
          if (chars[i] == '\n') {
            line(tag, line);
            line.setLength(0);
          } else {
            line.append(chars[i]);
          }
        }
      }

      @Override
      public void flush() {
        if (!line.isEmpty()) {
          line(Character.toUpperCase(tag), line);
          line.setLength(0);
        }
      }

      @Override
      public void close() {
        flush();
      }
    };
  }
}
