package org.nmt.core.record;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.id.SessionId;
import org.nmt.core.session.Session;
import org.nmt.core.style.NmtStyle;

/**
 * The aggregate of one client's care: the client, the intake, assessments made outside sessions,
 * the sessions in time order, the recorded stage transitions, and stage sign-offs.
 *
 * <p>Invariants: every session belongs to the client; session ids are unique; assessment ids are
 * unique across the record; sessions are in order of start time, transitions and sign-offs in order
 * of time. Overlapping sessions are representable (validation in {@code nmt-protocol} flags them).
 * Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class ClientRecord {
  ClientRecord() {}

  /** The client. */
  public abstract Client client();

  /** The intake. */
  public abstract Intake intake();

  /** Assessments made outside a session (a baseline at intake, a questionnaire by mail). */
  public abstract ImmutableList<Assessment> assessments();

  /** The sessions, in order of start time. */
  public abstract ImmutableList<Session> sessions();

  /** The stage transitions, in order of time. */
  public abstract ImmutableList<StageTransition> transitions();

  /** Therapist sign-offs of stages, in order of time. */
  public abstract ImmutableList<StageSignOff> signOffs();

  /** The session with id {@code id}, if any. */
  public Optional<Session> session(SessionId id) {
    return Optional.ofNullable(sessionIndex().get(id));
  }

  /**
   * Every assessment of the record, in and outside sessions, in order of the time it was taken
   * (ties keep record order: outside-session assessments first, then sessions in order).
   */
  @Value.Lazy
  public ImmutableList<RecordedAssessment> allAssessments() {
    ImmutableList.Builder<RecordedAssessment> all = ImmutableList.builder();
    for (Assessment assessment : assessments()) {
      all.add(RecordedAssessment.create(assessment, Optional.empty()));
    }
    for (Session session : sessions()) {
      for (Assessment assessment : session.assessments()) {
        all.add(RecordedAssessment.create(assessment, Optional.of(session.id())));
      }
    }
    return ImmutableList.sortedCopyOf(
        Comparator.comparing((RecordedAssessment r) -> r.assessment().takenAt()), all.build());
  }

  /**
   * The latest instant the record knows of: the latest end of a session, or the last assessment,
   * sign-off or transition, whichever is latest; empty for a record with none of them. Computed
   * once per record.
   */
  @Value.Lazy
  public Optional<Instant> latestActivity() {
    // one pass over the lists: no index of the assessments by time is built for this
    Instant latest = null;
    for (Assessment assessment : assessments()) {
      latest = later(latest, assessment.takenAt());
    }
    for (Session session : sessions()) {
      latest = later(latest, session.end());
      for (Assessment assessment : session.assessments()) {
        latest = later(latest, assessment.takenAt());
      }
    }
    for (StageSignOff signOff : signOffs()) {
      latest = later(latest, signOff.at());
    }
    for (StageTransition transition : transitions()) {
      latest = later(latest, transition.at());
    }
    return Optional.ofNullable(latest);
  }

  private static Instant later(Instant latest, Instant candidate) {
    return latest == null || candidate.isAfter(latest) ? candidate : latest;
  }

  /** The assessments of type {@code type}, in order of the time they were taken. */
  public <T extends Assessment> ImmutableList<T> assessmentsOf(Class<T> type) {
    return allAssessments(type).stream()
        .map(RecordedAssessment::assessment)
        .map(type::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The assessments of {@link #allAssessments()} that are of type {@code type}, in the same order.
   * The kinds {@link Assessment} permits (pain ratings, strength grades, ...) are indexed once per
   * record, so a query for one kind does not scan every assessment.
   */
  public ImmutableList<RecordedAssessment> allAssessments(Class<? extends Assessment> type) {
    ImmutableList<RecordedAssessment> ofKind = assessmentsByKind().get(checkNotNull(type, "type"));
    if (ofKind != null) {
      return ofKind;
    }
    return allAssessments().stream()
        .filter(recorded -> type.isInstance(recorded.assessment()))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@link #allAssessments()} by the kind {@link Assessment} permits, each in the same order. */
  @Value.Lazy
  ImmutableMap<Class<?>, ImmutableList<RecordedAssessment>> assessmentsByKind() {
    Map<Class<?>, ImmutableList.Builder<RecordedAssessment>> byKind = new LinkedHashMap<>();
    for (Class<?> kind : Assessment.class.getPermittedSubclasses()) {
      byKind.put(kind, ImmutableList.builder());
    }
    for (RecordedAssessment recorded : allAssessments()) {
      for (Map.Entry<Class<?>, ImmutableList.Builder<RecordedAssessment>> kind :
          byKind.entrySet()) {
        if (kind.getKey().isInstance(recorded.assessment())) {
          kind.getValue().add(recorded);
          break;
        }
      }
    }
    ImmutableMap.Builder<Class<?>, ImmutableList<RecordedAssessment>> index =
        ImmutableMap.builder();
    byKind.forEach((kind, assessments) -> index.put(kind, assessments.build()));
    return index.build();
  }

  /** This record with {@code session} appended; it must start no earlier than the last one. */
  public ClientRecord withSession(Session session) {
    return ImmutableClientRecord.builder().from(this).addSession(session).build();
  }

  /** This record with {@code transition} appended; it must be no earlier than the last one. */
  public ClientRecord withTransition(StageTransition transition) {
    return ImmutableClientRecord.builder().from(this).addTransition(transition).build();
  }

  /** This record with {@code signOff} appended; it must be no earlier than the last one. */
  public ClientRecord withSignOff(StageSignOff signOff) {
    return ImmutableClientRecord.builder().from(this).addSignOff(signOff).build();
  }

  @Value.Lazy
  ImmutableMap<SessionId, Session> sessionIndex() {
    Map<SessionId, Session> index = new LinkedHashMap<>();
    for (Session session : sessions()) {
      index.put(session.id(), session);
    }
    return ImmutableMap.copyOf(index);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClientRecord}. */
  public static final class Builder extends ImmutableClientRecord.Builder {}

  @Value.Check
  void check() {
    int assessmentCount = assessments().size();
    for (Session session : sessions()) {
      assessmentCount += session.assessments().size();
    }
    // sized up front: a record's sets would otherwise grow, and rehash, several times
    Set<SessionId> sessionIds = Sets.newHashSetWithExpectedSize(sessions().size());
    Set<Object> assessmentIds = Sets.newHashSetWithExpectedSize(assessmentCount);
    for (int i = 0; i < assessments().size(); i++) {
      if (!assessmentIds.add(assessments().get(i).id())) {
        throw new IllegalArgumentException(
            lenientFormat(
                "assessments[%s]: duplicate assessment id '%s'", i, assessments().get(i).id()));
      }
    }
    for (int i = 0; i < sessions().size(); i++) {
      Session session = sessions().get(i);
      if (!session.clientId().equals(client().id())) {
        throw new IllegalArgumentException(
            lenientFormat(
                "sessions[%s]: session '%s' belongs to client '%s', not '%s'",
                i, session.id(), session.clientId(), client().id()));
      }
      if (!sessionIds.add(session.id())) {
        throw new IllegalArgumentException(
            lenientFormat("sessions[%s]: duplicate session id '%s'", i, session.id()));
      }
      if (i > 0) {
        Session previous = sessions().get(i - 1);
        if (session.start().isBefore(previous.start())) {
          throw new IllegalArgumentException(
              lenientFormat(
                  "sessions[%s]: session '%s' starts at %s, before session '%s' at %s; sessions must be"
                      + " in order of start time",
                  i, session.id(), session.start(), previous.id(), previous.start()));
        }
      }
      for (int j = 0; j < session.assessments().size(); j++) {
        if (!assessmentIds.add(session.assessments().get(j).id())) {
          throw new IllegalArgumentException(
              lenientFormat(
                  "sessions[%s].assessments[%s]: duplicate assessment id '%s'",
                  i, j, session.assessments().get(j).id()));
        }
      }
    }
    for (int i = 1; i < transitions().size(); i++) {
      if (transitions().get(i).at().isBefore(transitions().get(i - 1).at())) {
        throw new IllegalArgumentException(
            lenientFormat(
                "transitions[%s]: at %s is before the previous transition at %s; transitions must be in"
                    + " order of time",
                i, transitions().get(i).at(), transitions().get(i - 1).at()));
      }
    }
    for (int i = 1; i < signOffs().size(); i++) {
      if (signOffs().get(i).at().isBefore(signOffs().get(i - 1).at())) {
        throw new IllegalArgumentException(
            lenientFormat(
                "signOffs[%s]: at %s is before the previous sign-off at %s; sign-offs must be in order"
                    + " of time",
                i, signOffs().get(i).at(), signOffs().get(i - 1).at()));
      }
    }
  }
}
