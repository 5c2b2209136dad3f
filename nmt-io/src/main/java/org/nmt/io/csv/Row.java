package org.nmt.io.csv;

import java.time.Instant;
import java.util.OptionalInt;
import org.nmt.core.assessment.Assessment;

/**
 * One row of the tidy CSV export: one measurement of one client. Text fields that do not apply are
 * empty strings, never {@code null}.
 *
 * @param client the client id
 * @param session the session id, or empty outside a session
 * @param assessment the assessment id, or empty for a session's pain and trigger point examinations
 * @param at when the measurement was taken
 * @param stage the session's stage id, or empty outside a session
 * @param measure the measure id
 * @param context the context id, or empty
 * @param site the site, or empty
 * @param side the side id, or empty
 * @param mode the range-of-motion mode id, or empty
 * @param reading the index of an individual reading, from 1, if the row is one
 * @param value the value, finite
 * @param unit the unit of the value
 */
record Row(
    String client,
    String session,
    String assessment,
    Instant at,
    String stage,
    String measure,
    String context,
    String site,
    String side,
    String mode,
    OptionalInt reading,
    double value,
    Unit unit) {

  /** A row of {@code measure} taken at {@code occasion}, with no context, site, side or mode. */
  static Row of(Occasion occasion, String measure, double value, Unit unit) {
    return of(occasion, measure, value, unit, "", "");
  }

  /**
   * A row of {@code measure} taken at {@code occasion} at {@code site} on {@code side} (either may
   * be empty), with no context or mode.
   */
  static Row of(
      Occasion occasion, String measure, double value, Unit unit, String site, String side) {
    return new Row(
        occasion.client(),
        occasion.session(),
        occasion.assessment(),
        occasion.at(),
        occasion.stage(),
        measure,
        "",
        site,
        side,
        "",
        OptionalInt.empty(),
        value,
        unit);
  }

  /** This row's occasion, site, side and mode with another measure, value and unit. */
  Row withMeasure(String newMeasure, double newValue, Unit newUnit) {
    return new Row(
        client,
        session,
        assessment,
        at,
        stage,
        newMeasure,
        context,
        site,
        side,
        mode,
        reading,
        newValue,
        newUnit);
  }

  Row withContext(String newContext) {
    return new Row(
        client,
        session,
        assessment,
        at,
        stage,
        measure,
        newContext,
        site,
        side,
        mode,
        reading,
        value,
        unit);
  }

  Row withSide(String newSide) {
    return new Row(
        client,
        session,
        assessment,
        at,
        stage,
        measure,
        context,
        site,
        newSide,
        mode,
        reading,
        value,
        unit);
  }

  Row withMode(String newMode) {
    return new Row(
        client,
        session,
        assessment,
        at,
        stage,
        measure,
        context,
        site,
        side,
        newMode,
        reading,
        value,
        unit);
  }

  Row withReading(int index) {
    return new Row(
        client,
        session,
        assessment,
        at,
        stage,
        measure,
        context,
        site,
        side,
        mode,
        OptionalInt.of(index),
        value,
        unit);
  }

  /**
   * Where and when measurements were taken: the client, the session (or none), the assessment (or
   * none), the time, and the session's stage (or none).
   */
  record Occasion(String client, String session, String assessment, Instant at, String stage) {
    /** This occasion for {@code assessment}, at the time it was taken. */
    Occasion forAssessment(Assessment made) {
      return new Occasion(client, session, made.id().value(), made.takenAt(), stage);
    }

    /** This occasion at {@code time}. */
    Occasion atTime(Instant time) {
      return new Occasion(client, session, assessment, time, stage);
    }
  }
}
