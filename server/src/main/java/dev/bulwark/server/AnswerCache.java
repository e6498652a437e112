package dev.bulwark.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Function;

/**
 * The answers already given, as JSON bytes, keyed by the request as resolved (every default
 * filled in, "today" resolved to a date, so an answer cannot outlive the day it was for), bounded
 * by the bytes held and by age (Caffeine's size-based eviction).
 */
final class AnswerCache {

  /** The most bytes of answers (with their keys) kept. */
  static final long MAX_BYTES = 64L << 20;
  /** How long an answer not asked again is kept. */
  static final Duration IDLE = Duration.ofHours(1);

  private final Cache<String, byte[]> answers;

  AnswerCache(long maxBytes) {
    this.answers = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((String key, byte[] body) -> 2 * key.length() + body.length)
        .expireAfterAccess(IDLE)
        .build();
  }

  /** Returns the cached answer to a request, computing and keeping it on first ask. */
  byte[] get(String key, Function<String, byte[]> answer) {
    return answers.get(key, answer);
  }

  /** Returns the number of answers kept (after pending evictions). */
  long size() {
    answers.cleanUp();
    return answers.estimatedSize();
  }
}
