package org.nmt.protocol.criterion;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.nmt.core.id.SessionId;
import org.nmt.core.session.Session;
import org.nmt.core.style.NmtStyle;

/**
 * A pain flare found in a stage's sessions: pain at least a given rise above the stage's entry
 * pain. Shared by the {@link NoPainFlare} criterion and the pain-flare regression rule.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class PainFlare {
  PainFlare() {}

  /** The session whose pain before set the entry value. */
  public abstract SessionId entrySession();

  /** The entry pain (NPRS). */
  public abstract int entry();

  /** The session where the flare was recorded. */
  public abstract SessionId session();

  /** The flare's pain (NPRS). */
  public abstract int pain();

  /**
   * The sessions the flare rests on: the entry session, then the flare's session when it is another
   * (a flare in the pain after the entry session is cited once).
   */
  public ImmutableList<SessionId> evidence() {
    return entrySession().equals(session())
        ? ImmutableList.of(session())
        : ImmutableList.of(entrySession(), session());
  }

  /**
   * The first pain before of {@code sessions}: a stage's entry pain for its sessions, the course's
   * baseline for all of them.
   */
  public static OptionalInt entryPain(ImmutableList<Session> stageSessions) {
    return stageSessions.stream()
        .map(Session::painBefore)
        .filter(OptionalInt::isPresent)
        .findFirst()
        .orElse(OptionalInt.empty());
  }

  /**
   * The first value in {@code stageSessions} (pain before or after) at least {@code rise} above the
   * entry pain, if any.
   */
  public static Optional<PainFlare> find(ImmutableList<Session> stageSessions, int rise) {
    SessionId entrySession = null;
    int entry = -1;
    for (Session session : stageSessions) {
      if (entrySession == null) {
        if (session.painBefore().isEmpty()) {
          continue;
        }
        entrySession = session.id();
        entry = session.painBefore().getAsInt();
      } else if (session.painBefore().isPresent()
          && session.painBefore().getAsInt() >= entry + rise) {
        return Optional.of(flare(entrySession, entry, session.id(), session.painBefore()));
      }
      if (session.painAfter().isPresent() && session.painAfter().getAsInt() >= entry + rise) {
        return Optional.of(flare(entrySession, entry, session.id(), session.painAfter()));
      }
    }
    return Optional.empty();
  }

  private static PainFlare flare(
      SessionId entrySession, int entry, SessionId at, OptionalInt pain) {
    return ImmutablePainFlare.builder()
        .entrySession(entrySession)
        .entry(entry)
        .session(at)
        .pain(pain.getAsInt())
        .build();
  }
}
