package dev.bulwark.core.parallel;

import dev.bulwark.core.BulwarkException;

/**
 * Parallel work that could not finish: the caller was interrupted, or the work threw something
 * other than a runtime exception (which {@link Pool#run} passes on as it is). Of kind FAILURE.
 */
public final class PoolException extends BulwarkException {

  PoolException(String message, Throwable cause) {
    super(Kind.FAILURE, message, cause);
  }
}
