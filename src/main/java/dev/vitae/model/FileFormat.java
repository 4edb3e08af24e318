package dev.vitae.model;

/** The file an application sends a document as: an application's {@code formats:}. */
public enum FileFormat implements Keyed {
  PDF,
  DOCX
}
