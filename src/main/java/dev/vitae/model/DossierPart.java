package dev.vitae.model;

/** The parts of the dossier, whose words {@code sections:} may give. */
public enum DossierPart implements Keyed {
  SYSTEMS,
  DOSSIERS,
  DIAGRAMS,
  NOTES,
  SKILLS,
  WORK,
  PROJECTS,
  PRINCIPLES,
  CREDENTIALS,
  CONTACT
}
