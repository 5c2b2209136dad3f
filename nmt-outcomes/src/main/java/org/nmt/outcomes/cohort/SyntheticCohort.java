package org.nmt.outcomes.cohort;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.nmt.core.record.ClientRecord;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

/**
 * A deterministic, seeded synthetic cohort: plausible clients and courses of care for tests,
 * benchmarks and demos. Synthetic data only; no client is a real person.
 *
 * <p>Each client has a region that hurts (neck 35 %, low back 30 %, lower limb 20 %, upper limb 15
 * %) with matching presenting conditions, activity profiles, muscles with trigger points, a
 * questionnaire (NDI, ODI, LEFS, QuickDASH), movements, an endurance test, a postural deviation and
 * a muscle graded for strength; half also fill in the PSFS and 30 % rate pain on a VAS as well as
 * the NPRS. About 70 % recover quickly, 20 % slowly and 10 % hardly at all. The course follows the
 * protocol definition through its {@code Course}: it advances only through passed gates (after a
 * sign-off), some failed gates are overridden after five to nine sessions in a stage, a pain flare
 * or a reactivated trigger point sends the course back when the regression rule fires, and a course
 * ends at discharge, at a data cut-off (a quarter of the clients are followed for 3 to 14 sessions
 * only, the others for up to 40) or when the client drops out (1.2 % per session). Values stay
 * within the ranges of the project's clinical reference where it gives them: NPRS 0–10 from a
 * baseline of 4–9, questionnaire scores within their instruments' ranges, pressure pain thresholds
 * as the mean of three readings, range of motion as degrees toward the AAOS norms, MRC grades 3 to
 * 5, Biering-Sørensen capped at 240 s; the rest (rates, gaps, thresholds' absolute values) is
 * plausible synthetic data, not reference fact.
 *
 * <p>Client {@code i} depends only on the seed and {@code i}: {@link #client} builds any one client
 * alone, and {@link #generate} builds them lazily, one at a time, in constant memory. Intakes fall
 * within the year from {@link #FIRST_INTAKE}; client ids are {@code syn-000000}, {@code
 * syn-000001}, .... Stateless and thread-safe.
 */
public final class SyntheticCohort {
  /** The day of the earliest intake: Monday 5 January 2026. */
  public static final LocalDate FIRST_INTAKE = LocalDate.of(2026, 1, 5);

  /** The largest cohort: client ids have six digits. */
  public static final int MAXIMUM_SIZE = 1_000_000;

  private SyntheticCohort() {}

  /**
   * The {@code size} clients of the cohort of {@code seed}, in index order, built one at a time as
   * the stream is consumed; every course follows the seeds' protocol ({@link Protocols#seeds()}).
   *
   * @throws IllegalArgumentException unless {@code size} is within 0..1,000,000
   */
  public static Stream<ClientRecord> generate(long seed, int size) {
    return generate(seed, size, Protocols.seeds());
  }

  /**
   * As {@link #generate(long, int)}, with every course following {@code definition}.
   *
   * @throws IllegalArgumentException unless {@code size} is within 0..1,000,000
   */
  public static Stream<ClientRecord> generate(long seed, int size, ProtocolDefinition definition) {
    checkArgument(size >= 0 && size <= MAXIMUM_SIZE, "size must be within 0..1000000: %s", size);
    checkNotNull(definition, "definition");
    return IntStream.range(0, size).mapToObj(i -> Simulation.client(seed, i, definition));
  }

  /** The clients of {@link #generate(long, int)} as an iterator. */
  public static Iterator<ClientRecord> iterator(long seed, int size) {
    return generate(seed, size).iterator();
  }

  /**
   * Client {@code index} of the cohort of {@code seed}, following the seeds' protocol.
   *
   * @throws IllegalArgumentException unless {@code index} is within 0..999,999
   */
  public static ClientRecord client(long seed, int index) {
    return client(seed, index, Protocols.seeds());
  }

  /**
   * Client {@code index} of the cohort of {@code seed}, following {@code definition}.
   *
   * @throws IllegalArgumentException unless {@code index} is within 0..999,999
   */
  public static ClientRecord client(long seed, int index, ProtocolDefinition definition) {
    checkArgument(index >= 0 && index < MAXIMUM_SIZE, "index must be within 0..999999: %s", index);
    checkNotNull(definition, "definition");
    return Simulation.client(seed, index, definition);
  }
}
