package dev.vitae.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One job application: where, for what, which documents go with it, the letter, how it stands. */
public record Application(
    @Key("$schema") @Doc("JSON Schema reference, ignored by vitae") @Nullable String schema,
    @Required @Doc("the employer, as it goes into the files' names: 'Acme'") String company,
    @Required @Doc("the role applied for: 'Backend Engineer'") String role,
    @Doc(
            "the job posting: a file (one line, relative to this file) or the posting's text itself (a block of several lines)")
        @Nullable String posting,
    @Doc("the day the application goes out, YYYY-MM-DD; the bundle's folder is named by it")
        @Nullable PartialDate date,
    @Doc("the variant of resume.yaml to send, 'base', or 'auto' for the best 'vitae match'")
        @Nullable String variant,
    @Doc(
            "the resume.yaml whose documents it sends, relative to this file (default: the one --resume names, else resume.yaml where vitae runs)")
        @Nullable String resume,
    @Doc("what to send: resume, cover-letter, dossier (default: resume and cover-letter)")
        List<Attachment> documents,
    @Doc("the files to send each document as: pdf, docx (default: pdf)") List<FileFormat> formats,
    @Doc("the cover letter") @Nullable Letter letter,
    @Doc("draft until it is sent; then sent, interview, offer, rejected or withdrawn")
        @Nullable ApplicationStatus status,
    @Doc("anything to remember: whom you spoke to, what was said") @Nullable String notes) {

  /** The status as written, {@code draft} when left out. */
  public ApplicationStatus statusOrDraft() {
    return status == null ? ApplicationStatus.DRAFT : status;
  }

  /** The documents as written, the résumé and the cover letter when left out. */
  public List<Attachment> attachments() {
    return documents.isEmpty() ? List.of(Attachment.RESUME, Attachment.COVER_LETTER) : documents;
  }

  /** The file formats as written, PDF when left out. */
  public List<FileFormat> fileFormats() {
    return formats.isEmpty() ? List.of(FileFormat.PDF) : formats;
  }
}
