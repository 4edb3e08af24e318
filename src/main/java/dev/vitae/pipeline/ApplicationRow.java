package dev.vitae.pipeline;

import java.util.List;

/**
 * One application as {@code vitae applications} lists it.
 *
 * @param file the application file
 * @param variant the variant its latest bundle sent, else the one it names ({@code auto} when left
 *     out)
 * @param bundle the latest bundle's folder, empty when none was built
 * @param files the files of that bundle sent to the employer (not the record, posting or match)
 */
public record ApplicationRow(
    String file,
    String date,
    String company,
    String role,
    String variant,
    String status,
    String bundle,
    List<String> files) {

  public ApplicationRow {
    files = List.copyOf(files);
  }
}
