package dev.bulwark.core.yaml;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters a text field of a record read by {@link YamlReader} may hold. The reader
 * refuses a longer value before it builds any record, naming the file, line, column and field:
 * {@code pivot.yaml line 2, column 7, at name: name must be at most 200 characters, was 201}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MaxLength {

  /** The most characters allowed. */
  int value();
}
