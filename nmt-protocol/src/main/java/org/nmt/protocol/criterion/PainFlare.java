package org.nmt.protocol.criterion;

import com.google.common.collect.ImmutableList;
import java.util.List;
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

  /** The sessions the flare rests on: the entry session, then the flare's session. */
  public ImmutableList<SessionId> evidence() {
    return ImmutableList.of(entrySession(), session());
  }

  /** The first pain before of {@code sessions}: the course's baseline for all of them. */
  public static OptionalInt firstPainBefore(List<Session> sessions) {
    return sessions.stream()
        .map(Session::painBefore)
        .filter(OptionalInt::isPresent)
        .findFirst()
        .orElse(OptionalInt.empty());
  }

  /**
   * The session whose pain before is the stage's entry pain: the last one rated before the stage
   * was entered, or, for a course's first stage, the stage's first rated session.
   */
  static Optional<Session> entrySession(StageContext context) {
    Session entry = null;
    for (Session session : context.sessions()) {
      if (session.start().isBefore(context.entered()) && session.painBefore().isPresent()) {
        entry = session;
      }
    }
    if (entry != null) {
      return Optional.of(entry);
    }
    return context.stageSessions().stream().filter(s -> s.painBefore().isPresent()).findFirst();
  }

  /** The stage's entry pain (NPRS); see {@link #find}. */
  public static OptionalInt entryPain(StageContext context) {
    return entrySession(context).map(Session::painBefore).orElse(OptionalInt.empty());
  }

  /**
   * The first pain before a session of the stage at least {@code rise} above the stage's entry
   * pain, if any. The entry pain is the last pain rated before the stage was entered (so a flare
   * right at entry counts), or the stage's first rating in a course's first stage. Pain after a
   * session is not compared: soreness for a day or two after treatment is expected (seed 001;
   * Cambron 2007), and ischemic compression is dosed to 7-8/10 discomfort.
   */
  public static Optional<PainFlare> find(StageContext context, int rise) {
    Optional<Session> entry = entrySession(context);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    int pain = entry.get().painBefore().getAsInt();
    for (Session session : context.stageSessions()) {
      if (!session.id().equals(entry.get().id())
          && session.painBefore().isPresent()
          && session.painBefore().getAsInt() >= pain + rise) {
        return Optional.of(flare(entry.get().id(), pain, session.id(), session.painBefore()));
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
