package dev.bulwark.posture.campaign;

import dev.bulwark.posture.scenario.EucomMove;
import java.util.List;

/**
 * The US forces in Europe a scenario may move to the Taiwan theatre ({@link EucomMove}), by
 * element id: what moving them does to a posture. The campaign engine does not hold the pool; the
 * division of labour's setting does ({@code docs/division-of-labour.md}, "The pool"), and the
 * layer above supplies it, so that each element's launchers, ships and aircraft are stated once.
 */
public interface EucomPool {

  /**
   * Returns the changes the moves make to a posture of the theatre: in an amphibious theatre
   * what the elements add there, in a land theatre in Europe what they take away.
   *
   * @throws dev.bulwark.posture.PostureException of kind BAD_INPUT for an element not in the
   *     pool, with the pool's ids
   */
  List<OrderOfBattleChange> moved(List<EucomMove> moves, Theatre theatre, Posture posture);
}
