package dev.vitae.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Application;

/** The JSON Schema (draft-07) of an application file, generated from the model records. */
public final class ApplicationSchema {

  /** Where the repository keeps it; each application file's first line points at it. */
  public static final String FILE = "schema/application.schema.json";

  private ApplicationSchema() {}

  /** The schema as pretty-printed JSON text, ending in a newline. */
  public static String text() {
    return JsonText.pretty(generate());
  }

  /** The schema as a JSON tree. */
  public static ObjectNode generate() {
    return RecordSchema.generate(
        Application.class,
        "vitae application",
        "One job application, read by 'vitae apply': the employer, the role, the posting, the "
            + "variant and documents to send, the cover letter and where the application stands. "
            + "Generated from the model by 'vitae schema --application'; do not edit.");
  }
}
