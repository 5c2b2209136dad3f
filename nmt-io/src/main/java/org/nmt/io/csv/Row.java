package org.nmt.io.csv;

import java.time.Instant;
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
 * @param reading the index of an individual reading, from 1, or {@link #NOT_A_READING}
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
    int reading,
    double value,
    Unit unit) {
  /** The {@link #reading()} of a row that is not an individual reading. */
  static final int NOT_A_READING = 0;

  /** A row of {@code measure} taken at {@code occasion}, with no context, site, side or mode. */
  static Row of(Occasion occasion, String measure, double value, Unit unit) {
    return of(occasion, measure, "", "", "", value, unit);
  }

  /**
   * A row of {@code measure} taken at {@code occasion} at {@code site} on {@code side} (either may
   * be empty), with no context or mode.
   */
  static Row of(
      Occasion occasion, String measure, double value, Unit unit, String site, String side) {
    return of(occasion, measure, "", site, side, value, unit);
  }

  /**
   * A row of {@code measure} taken at {@code occasion} in {@code context} at {@code site} on {@code
   * side} (any may be empty), with no mode, not an individual reading.
   */
  static Row of(
      Occasion occasion,
      String measure,
      String context,
      String site,
      String side,
      double value,
      Unit unit) {
    return new Row(
        occasion.client(),
        occasion.session(),
        occasion.assessment(),
        occasion.at(),
        occasion.stage(),
        measure,
        context,
        site,
        side,
        "",
        NOT_A_READING,
        value,
        unit);
  }

  /**
   * The row of individual reading {@code index} (from 1) of {@code measure} taken at {@code
   * occasion} at {@code site} on {@code side}.
   */
  static Row reading(
      Occasion occasion,
      String measure,
      int index,
      double value,
      Unit unit,
      String site,
      String side) {
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
        index,
        value,
        unit);
  }

  /**
   * The row of a range of motion of {@code measure} taken at {@code occasion} at {@code site} on
   * {@code side} in {@code mode}.
   */
  static Row inMode(
      Occasion occasion,
      String measure,
      double value,
      Unit unit,
      String site,
      String side,
      String mode) {
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
        mode,
        NOT_A_READING,
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

  /** Whether this row is an individual reading ({@link #reading()} is its index). */
  boolean isReading() {
    return reading != NOT_A_READING;
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
