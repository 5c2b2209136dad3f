package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.OptionalInt;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.RecordedAssessment;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.internal.TimeOrdered;

/**
 * What a criterion is evaluated over: a client record as it stood at one instant, the stage being
 * gated, and when the course entered it.
 *
 * <p>Everything after {@link #asOf()} is invisible, so a decision can be replayed exactly as it was
 * made: a session counts once it has started, an assessment once it was taken. Immutable and
 * thread-safe.
 */
public final class StageContext {
  private final ClientRecord record;
  private final Stage stage;
  private final Instant entered;
  private final Instant asOf;
  private final OutcomeMeasureCatalog measures;
  private final RangeOfMotionNorms norms;
  private final ImmutableList<Session> sessions;
  private final ImmutableList<Session> stageSessions;
  private final ImmutableList<RecordedAssessment> assessments;

  private StageContext(
      ClientRecord record,
      Stage stage,
      Instant entered,
      Instant asOf,
      OutcomeMeasureCatalog measures,
      RangeOfMotionNorms norms) {
    this.record = checkNotNull(record, "record");
    this.stage = checkNotNull(stage, "stage");
    this.entered = checkNotNull(entered, "entered");
    this.asOf = checkNotNull(asOf, "asOf");
    this.measures = checkNotNull(measures, "measures");
    this.norms = checkNotNull(norms, "norms");
    checkArgument(!asOf.isBefore(entered), "asOf %s must not be before entered %s", asOf, entered);
    // The record keeps sessions in order of start and allAssessments() in order of time, so what
    // was there by asOf is a prefix and the stage's window a range, each found by binary search.
    ImmutableList<Session> all = record.sessions();
    this.sessions = all.subList(0, TimeOrdered.countUpTo(all, Session::start, asOf));
    int fromEntry = TimeOrdered.countBefore(sessions, Session::start, entered);
    this.stageSessions =
        sessions.subList(fromEntry, sessions.size()).stream()
            .filter(s -> s.stage() == stage)
            .collect(ImmutableList.toImmutableList());
    ImmutableList<RecordedAssessment> taken = record.allAssessments();
    this.assessments =
        taken.subList(0, TimeOrdered.countUpTo(taken, a -> a.assessment().takenAt(), asOf));
  }

  /**
   * The context of {@code stage}, entered at {@code entered}, as {@code record} stood at {@code
   * asOf}, with the standard outcome-measure catalog and range-of-motion norms.
   */
  public static StageContext of(ClientRecord record, Stage stage, Instant entered, Instant asOf) {
    return new StageContext(
        record,
        stage,
        entered,
        asOf,
        OutcomeMeasureCatalog.standard(),
        RangeOfMotionNorms.standard());
  }

  /** As {@link #of(ClientRecord, Stage, Instant, Instant)}, with the given reference data. */
  public static StageContext of(
      ClientRecord record,
      Stage stage,
      Instant entered,
      Instant asOf,
      OutcomeMeasureCatalog measures,
      RangeOfMotionNorms norms) {
    return new StageContext(record, stage, entered, asOf, measures, norms);
  }

  /** The whole record, including what lies after {@link #asOf()}. */
  public ClientRecord record() {
    return record;
  }

  /** The stage being gated. */
  public Stage stage() {
    return stage;
  }

  /** When the course entered the stage. */
  public Instant entered() {
    return entered;
  }

  /** The instant the record is seen at. */
  public Instant asOf() {
    return asOf;
  }

  /** The outcome-measure catalog (MCID, MDC). */
  public OutcomeMeasureCatalog measures() {
    return measures;
  }

  /** The range-of-motion norms. */
  public RangeOfMotionNorms norms() {
    return norms;
  }

  /** Sessions started by {@link #asOf()}, in order. */
  public ImmutableList<Session> sessions() {
    return sessions;
  }

  /**
   * Sessions of the stage: recorded in it and started at or after {@link #entered()}, by {@link
   * #asOf()}. A session recorded in another stage never counts for this one, even when it starts at
   * the instant the stage was left.
   */
  public ImmutableList<Session> stageSessions() {
    return stageSessions;
  }

  /** Assessments taken by {@link #asOf()}, in order of time. */
  public ImmutableList<RecordedAssessment> assessments() {
    return assessments;
  }

  /**
   * Assessments of type {@code type} taken by {@link #asOf()}, in order of time: {@link
   * #assessments()} of that type, from the record's index of assessments by kind.
   */
  public ImmutableList<RecordedAssessment> assessments(Class<? extends Assessment> type) {
    ImmutableList<RecordedAssessment> ofType = record.allAssessments(type);
    return ofType.subList(0, TimeOrdered.countUpTo(ofType, a -> a.assessment().takenAt(), asOf));
  }

  /** Whether {@code at} lies within the stage: at or after entry, not after {@link #asOf()}. */
  public boolean inStage(Instant at) {
    return !at.isBefore(entered) && !at.isAfter(asOf);
  }

  /** The first NPRS pain value of the course: the first session's pain before, if recorded. */
  public OptionalInt baselinePain() {
    return PainFlare.firstPainBefore(sessions);
  }
}
