package org.nmt.cli;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.CourseState;
import org.nmt.protocol.course.GateDecision;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.RegressionTrigger;

/**
 * What {@code nmt progress} reports about one client record, derived once for every output format:
 * the course under a protocol, the current gate's decision and the regression rules that fire at
 * the record's latest activity, and the progress report. Immutable and thread-safe.
 */
final class Progress {
  private final ClientRecord record;
  private final Course course;
  private final Optional<GateDecision> decision;
  private final ImmutableList<RegressionTrigger> regressions;
  private final ProgressReport report;

  private Progress(ProtocolDefinition definition, ClientRecord record) {
    this.record = record;
    this.course = Course.of(definition, record);
    boolean judged =
        course.state() == CourseState.IN_STAGE && definition.includes(course.currentStage().get());
    Instant asOf = course.latestActivity();
    this.decision = judged ? Optional.of(course.decision(asOf)) : Optional.empty();
    this.regressions = judged ? course.regressions(asOf) : ImmutableList.of();
    this.report = ProgressReport.of(record);
  }

  /** The progress of {@code record} under {@code definition}. */
  static Progress of(ProtocolDefinition definition, ClientRecord record) {
    return new Progress(definition, record);
  }

  /** The client record. */
  ClientRecord record() {
    return record;
  }

  /** The course of the record under the protocol. */
  Course course() {
    return course;
  }

  /** The protocol. */
  ProtocolDefinition definition() {
    return course.definition();
  }

  /**
   * The current gate's decision at the record's latest activity; empty unless the course is in a
   * stage of the protocol.
   */
  Optional<GateDecision> decision() {
    return decision;
  }

  /** The current stage, when the course is in one that the protocol does not include. */
  Optional<Stage> stageOutsideProtocol() {
    return course.currentStage().filter(stage -> !definition().includes(stage));
  }

  /** The regression rules that fire in the current stage at the record's latest activity. */
  ImmutableList<RegressionTrigger> regressions() {
    return regressions;
  }

  /** The progress report of the record. */
  ProgressReport report() {
    return report;
  }
}
