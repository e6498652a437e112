package dev.bulwark.posture.sweep;

import dev.bulwark.posture.PostureException;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A place to run sweeps, found by name: {@code local} (this machine's cores, always there) or an
 * engine whose module is on the class path and declares itself as a service of this interface,
 * such as {@code spark} (module {@code sweeps-spark}; docs/sweeps.md). The default build and the
 * {@code bulwark} launcher carry no such module, so they run sweeps locally.
 */
public interface SweepEngine {

  /** The local engine's name. */
  String LOCAL = "local";

  /** The engine's name, as {@code --engine} takes it. */
  String name();

  /**
   * An executor of this engine.
   *
   * @param master where to run, in the engine's own terms (Spark's master URL), or empty for its
   *     usual configuration
   * @param threads for the local engine, the threads, or empty for every core
   */
  SweepExecutor executor(Optional<String> master, Optional<Integer> threads);

  /**
   * Returns the executor of the engine named {@code name}.
   *
   * @throws PostureException of kind BAD_INPUT naming the engines available when none has that
   *     name
   */
  static SweepExecutor named(String name, Optional<String> master, Optional<Integer> threads) {
    if (LOCAL.equals(name)) {
      return threads.map(LocalExecutor::onThreads).orElseGet(LocalExecutor::onEveryCore);
    }
    List<SweepEngine> found = ServiceLoader.load(SweepEngine.class).stream()
        .map(ServiceLoader.Provider::get).toList();
    return found.stream().filter(e -> e.name().equals(name)).findFirst()
        .map(e -> e.executor(master, threads))
        .orElseThrow(() -> PostureException.badInput("the sweep engine '" + name + "' is not on"
            + " the class path; engines here: " + LOCAL
            + found.stream().map(e -> ", " + e.name()).reduce("", String::concat)
            + ". The Spark engine runs from its own module's jar with spark-submit"
            + " (docs/sweeps.md)."));
  }
}
