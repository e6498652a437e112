package dev.bulwark.server.store;

import java.time.Instant;

/**
 * A finished campaign run saved on the server, with its request and result as JSON text.
 *
 * @param id the job's id (a random UUID)
 * @param created when the job was asked for
 * @param finished when it finished
 * @param posture the posture's id
 * @param runs replications per posture
 * @param seed the seed of the random streams
 * @param request the request, JSON
 * @param result the result, JSON
 */
public record SavedRun(String id, Instant created, Instant finished, String posture, int runs,
    long seed, String request, String result) {

  public SavedRun {
    if (id == null || created == null || finished == null || posture == null || request == null
        || result == null) {
      throw new IllegalArgumentException("a saved run needs an id, times, posture, request and "
          + "result");
    }
  }
}
