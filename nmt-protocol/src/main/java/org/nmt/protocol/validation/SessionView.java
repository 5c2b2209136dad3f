package org.nmt.protocol.validation;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nmt.core.id.SessionId;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.plan.PlannedSession;

/**
 * A recorded or planned session as the shared rules see it: its position in the document, a label
 * for messages, its time, stage and techniques. Immutable.
 */
final class SessionView {
  /** A UTC day has no leap seconds in java.time: the UTC day of an instant is its epoch day. */
  private static final long SECONDS_PER_DAY = 24 * 60 * 60;

  /** By start time, as {@link Instant#compareTo} orders the starts. */
  private static final Comparator<SessionView> IN_TIME_ORDER =
      (a, b) -> a.startsBefore(b) ? -1 : b.startsBefore(a) ? 1 : 0;

  private final int index;

  /**
   * The recorded session's id; {@code null} for a planned session. Not an {@code Optional}: a view
   * is made for every session of a record, and only a finding reads the id.
   */
  private final SessionId id;

  private final Instant start;
  private final Duration duration;
  private final Instant end;

  /**
   * The start and end as seconds and nanoseconds, in the view itself: the timing rules compare
   * every session's times in two more passes and a check of their order, and a view made for each
   * session lies beside the next one, where the record's instants lie apart, one session's worth of
   * objects from the next (at 10,000 sessions, 16 MB of them).
   */
  private final long startSecond;

  private final int startNano;
  private final long endSecond;
  private final int endNano;

  private final Stage stage;
  private final ImmutableList<TechniqueApplication> techniques;

  private SessionView(
      int index,
      SessionId id,
      Instant start,
      Duration duration,
      Stage stage,
      ImmutableList<TechniqueApplication> techniques) {
    this.index = index;
    this.id = id;
    this.start = start;
    this.duration = duration;
    // computed once: the timing rules compare every session's end, often more than once
    this.end = start.plus(duration);
    this.startSecond = start.getEpochSecond();
    this.startNano = start.getNano();
    this.endSecond = end.getEpochSecond();
    this.endNano = end.getNano();
    this.stage = stage;
    this.techniques = techniques;
  }

  /** The recorded session at {@code index} of a record's sessions. */
  static SessionView recorded(int index, Session session) {
    return new SessionView(
        index,
        session.id(),
        session.start(),
        session.duration(),
        session.stage(),
        session.techniques());
  }

  /** The planned session at {@code index} of a plan's sessions, as written. */
  static SessionView planned(int index, PlannedSession session) {
    return new SessionView(
        index, null, session.start(), session.duration(), session.stage(), session.techniques());
  }

  /** {@code sessions} in order of start time; sessions starting together keep document order. */
  static ImmutableList<SessionView> inTimeOrder(List<SessionView> sessions) {
    // a record's sessions are almost always in order already: checked in one pass, not sorted
    for (int i = 1; i < sessions.size(); i++) {
      if (sessions.get(i).startsBefore(sessions.get(i - 1))) {
        List<SessionView> sorted = new ArrayList<>(sessions);
        sorted.sort(IN_TIME_ORDER);
        return ImmutableList.copyOf(sorted);
      }
    }
    return ImmutableList.copyOf(sessions);
  }

  /** Whether this session starts before {@code other} does. */
  boolean startsBefore(SessionView other) {
    return before(startSecond, startNano, other.startSecond, other.startNano);
  }

  /** Whether this session starts before {@code other} ends. */
  boolean startsBeforeEndOf(SessionView other) {
    return before(startSecond, startNano, other.endSecond, other.endNano);
  }

  /** Whether the instant {@code (second, nano)} is before {@code (otherSecond, otherNano)}. */
  private static boolean before(long second, int nano, long otherSecond, int otherNano) {
    return second < otherSecond || (second == otherSecond && nano < otherNano);
  }

  int index() {
    return index;
  }

  /** {@code "/sessions/3"}. */
  String path() {
    return "/sessions/" + index;
  }

  /** {@code "/sessions/3/techniques/0"}. */
  String techniquePath(int technique) {
    return path() + "/techniques/" + technique;
  }

  /** {@code "session 's-3'"} or {@code "planned session 3"}. */
  String label() {
    return appendLabel(new StringBuilder()).toString();
  }

  /**
   * Appends {@link #label()} to {@code to}: a finding's message names the session without an
   * intermediate string.
   */
  StringBuilder appendLabel(StringBuilder to) {
    return id != null
        ? to.append("session '").append(id.value()).append('\'')
        : to.append("planned session ").append(index);
  }

  /** The {@link #label()}, as a finding's message names the session. */
  @Override
  public String toString() {
    return label();
  }

  Instant start() {
    return start;
  }

  Duration duration() {
    return duration;
  }

  Instant end() {
    return end;
  }

  /**
   * The day the session starts on, in UTC: the day screening findings are judged on. Made on each
   * call (a few divisions) rather than kept: a view is made for every session of a record.
   */
  LocalDate day() {
    return LocalDate.ofEpochDay(Math.floorDiv(startSecond, SECONDS_PER_DAY));
  }

  Stage stage() {
    return stage;
  }

  ImmutableList<TechniqueApplication> techniques() {
    return techniques;
  }

  /** Whether this session's time overlaps {@code other}'s. */
  boolean overlaps(SessionView other) {
    return startsBeforeEndOf(other) && other.startsBeforeEndOf(this);
  }
}
