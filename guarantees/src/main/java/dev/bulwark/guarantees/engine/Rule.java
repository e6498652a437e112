package dev.bulwark.guarantees.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a rule of the obligation engine and states it. The method's name is the rule's name; a
 * test of the same name pins it, and {@link RuleBook} lists every rule in {@code docs/guarantees.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Rule {

  /** The rule in one English sentence. */
  String statement();

  /** The instruments it applies to ("nato", "all"). */
  String instrument();

  /** The article it comes from. */
  String article();

  /** The treaties.md mark of the rule: V, M or D. */
  String confidence();
}
