package dev.vitae.pipeline;

import java.util.List;

/**
 * Every application in a folder, by date, and the problems of the files that could not be read
 * (each listed, none hiding the others).
 */
public record ApplicationList(List<ApplicationRow> rows, List<Problem> problems) {

  public ApplicationList {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }
}
