package dev.bulwark.answers.question;

/**
 * A question that takes no parameters and lists what Bulwark knows (the gazetteer, the
 * editions, the postures): its request is empty and always the same.
 */
public abstract class Listing implements Question<Listing.Request> {

  /** The request of a listing: nothing to ask. */
  public record Request() {}

  @Override
  public final Request request(Arguments arguments) {
    return new Request();
  }
}
