package dev.vitae.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The only keys a map of resume.yaml may have: the constants of an enum of {@link Keyed} names. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Keys {
  Class<? extends Enum<?>> value();
}
