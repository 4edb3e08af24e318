package dev.vitae.model;

/**
 * The sections of the one-page résumé, in the order a variant may list them ({@code sections:});
 * each is headed by the {@link Word} of the same key.
 */
public enum ResumeSection implements Keyed {
  SUMMARY,
  METRICS,
  WORK,
  SYSTEMS,
  PROJECTS,
  SKILLS,
  EDUCATION,
  AWARDS,
  CERTIFICATES,
  PUBLICATIONS,
  VOLUNTEER,
  LANGUAGES,
  INTERESTS
}
