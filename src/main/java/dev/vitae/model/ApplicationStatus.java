package dev.vitae.model;

/** Where an application stands: an application's {@code status:}. */
public enum ApplicationStatus implements Keyed {
  DRAFT,
  SENT,
  INTERVIEW,
  OFFER,
  REJECTED,
  WITHDRAWN;

  /** Whether the application has gone out: its bundle is then frozen, and must be clean. */
  public boolean isOut() {
    return this != DRAFT;
  }
}
