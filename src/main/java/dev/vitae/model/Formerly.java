package dev.vitae.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keys earlier versions of JSON Resume used for this field ({@code company} for a job's {@code
 * name}, {@code website} for {@code url}, {@code gpa} for {@code score}). A JSON Resume file is
 * read with them; a resume.yaml is not, so that its keys stay one spelling each.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Formerly {
  String[] value();
}
