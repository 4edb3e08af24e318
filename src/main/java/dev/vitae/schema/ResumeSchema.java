package dev.vitae.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Resume;

/** The JSON Schema (draft-07) of resume.yaml, generated from the model records. */
public final class ResumeSchema {

  /** Where the repository keeps the generated schema; resume.yaml's first line points at it. */
  public static final String FILE = "schema/resume.schema.json";

  private ResumeSchema() {}

  /** The schema as pretty-printed JSON text, ending in a newline. */
  public static String text() {
    return JsonText.pretty(generate());
  }

  /** The schema as a JSON tree. */
  public static ObjectNode generate() {
    return RecordSchema.generate(
        Resume.class,
        "vitae resume.yaml",
        "One file about a person, read by vitae (JSON Resume vocabulary plus "
            + "metrics, systems, dossiers, diagrams, notes, principles, sections and variants). "
            + "Generated from the model by 'vitae schema'; do not edit.");
  }
}
