package dev.vitae.render;

import java.io.IOException;
import java.io.Writer;

/** Collects what a template writes, up to a number of characters. */
final class BoundedWriter extends Writer {

  /** The template wrote more than its limit. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("output limit reached");
    }
  }

  private final StringBuilder text = new StringBuilder(16_384);
  private final int limit;

  BoundedWriter(int limit) {
    this.limit = limit;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    room(length);
    text.append(chars, offset, length);
  }

  @Override
  public void write(String s, int offset, int length) throws IOException {
    room(length);
    text.append(s, offset, offset + length);
  }

  @Override
  public void write(int c) throws IOException {
    room(1);
    text.append((char) c);
  }

  private void room(int length) throws TooLong {
    if (length > limit - text.length()) {
      throw new TooLong();
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
