package org.nmt.outcomes.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

/**
 * What a cohort outcome analysis computes and how: the measures, the subgroups, the reference data
 * that judges responders, and the protocol definition each client's course follows. The entry point
 * of the module.
 *
 * <pre>{@code
 * OutcomeReport report = OutcomeAnalysis.standard().analyse(SyntheticCohort.generate(42, 500));
 * PairedComparison pain = report.overall().measure(Measure.NPRS);
 * }</pre>
 *
 * <p>An analysis is a pure function of the records: it reads no clock and keeps no state, so the
 * same records give equal reports, in any order. {@link #newAccumulator()} gives the mutable state
 * to feed records into one at a time, and to merge with the accumulators of other partitions.
 * Immutable and thread-safe (given a thread-safe {@code protocolOf} function).
 */
public final class OutcomeAnalysis {
  /**
   * Changes of every measure are kept to a thousandth of its unit for their quantiles and the
   * signed-rank test: changes that round to the same thousandth are ties.
   */
  public static final long CHANGE_STEPS_PER_UNIT = 1000;

  /** Times (days in a stage, days to discharge) are kept to the minute: 1440 steps per day. */
  public static final long TIME_STEPS_PER_DAY = 1440;

  /**
   * The measures the analysis supports, in the order of {@link Measure}: pain on the NPRS and the
   * VAS, the pressure pain threshold, the NDI, ODI, PSFS, LEFS and QuickDASH, and range of motion
   * as a percentage of its norm.
   */
  public static final ImmutableSet<Measure> SUPPORTED_MEASURES =
      ImmutableSet.copyOf(
          EnumSet.of(
              Measure.NPRS,
              Measure.VAS,
              Measure.PRESSURE_PAIN_THRESHOLD,
              Measure.NDI,
              Measure.ODI,
              Measure.PSFS,
              Measure.LEFS,
              Measure.QUICK_DASH,
              Measure.RANGE_OF_MOTION));

  private static final OutcomeAnalysis STANDARD = builder().build();

  private final ImmutableSet<Measure> measures;
  private final ImmutableSet<Grouping> groupings;
  private final OutcomeMeasureCatalog catalog;
  private final RangeOfMotionNorms norms;
  private final Function<ClientRecord, ProtocolDefinition> protocolOf;

  private OutcomeAnalysis(Builder builder) {
    this.measures = ImmutableSet.copyOf(EnumSet.copyOf(builder.measures));
    this.groupings = ImmutableSet.copyOf(EnumSet.copyOf(builder.groupings));
    this.catalog = builder.catalog;
    this.norms = builder.norms;
    this.protocolOf = builder.protocolOf;
  }

  /**
   * Every supported measure, every grouping, the standard catalog and norms, and every course
   * following the seeds' protocol ({@link Protocols#seeds()}).
   */
  public static OutcomeAnalysis standard() {
    return STANDARD;
  }

  /** A builder starting from {@link #standard()}'s settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The measures analysed, in the order of {@link Measure}. */
  public ImmutableSet<Measure> measures() {
    return measures;
  }

  /** The groupings; {@link Grouping#ALL} is always among them. */
  public ImmutableSet<Grouping> groupings() {
    return groupings;
  }

  /** The outcome measure catalog that sets the responder thresholds. */
  public OutcomeMeasureCatalog catalog() {
    return catalog;
  }

  /** The range of motion norms behind percent of norm. */
  public RangeOfMotionNorms norms() {
    return norms;
  }

  /** The protocol definition {@code record}'s course follows. */
  public ProtocolDefinition protocolOf(ClientRecord record) {
    return checkNotNull(protocolOf.apply(record), "protocolOf returned null");
  }

  /** A new, empty accumulator of this analysis. */
  public OutcomeAccumulator newAccumulator() {
    return new OutcomeAccumulator(this);
  }

  /** The report of {@code records}, read once, in order. */
  public OutcomeReport analyse(Iterator<ClientRecord> records) {
    OutcomeAccumulator accumulator = newAccumulator();
    accumulator.addAll(records);
    return accumulator.result();
  }

  /** The report of {@code records}, read once. */
  public OutcomeReport analyse(Iterable<ClientRecord> records) {
    return analyse(records.iterator());
  }

  /**
   * The report of {@code records}, consumed sequentially; the stream is not closed. For a parallel
   * analysis, accumulate partitions separately and {@link OutcomeAccumulator#merge merge} them.
   */
  public OutcomeReport analyse(Stream<ClientRecord> records) {
    return analyse(records.sequential().iterator());
  }

  /** Builds an {@link OutcomeAnalysis}; starts from the standard settings. */
  public static final class Builder {
    private Set<Measure> measures = EnumSet.copyOf(SUPPORTED_MEASURES);
    private Set<Grouping> groupings = EnumSet.allOf(Grouping.class);
    private OutcomeMeasureCatalog catalog = OutcomeMeasureCatalog.standard();
    private RangeOfMotionNorms norms = RangeOfMotionNorms.standard();
    private Function<ClientRecord, ProtocolDefinition> protocolOf = r -> Protocols.seeds();

    private Builder() {}

    /**
     * Analyses only {@code measures}.
     *
     * @throws IllegalArgumentException if none is given or one is not supported
     */
    public Builder measures(Measure... measures) {
      checkArgument(measures.length > 0, "measures must not be empty");
      Set<Measure> chosen = EnumSet.copyOf(Arrays.asList(measures));
      Set<Measure> unsupported = Sets.difference(chosen, SUPPORTED_MEASURES);
      checkArgument(unsupported.isEmpty(), "measures not supported: %s", unsupported);
      this.measures = chosen;
      return this;
    }

    /** Groups by {@code groupings} only (and always by {@link Grouping#ALL}). */
    public Builder groupBy(Grouping... groupings) {
      Set<Grouping> chosen = EnumSet.of(Grouping.ALL);
      chosen.addAll(Arrays.asList(groupings));
      this.groupings = chosen;
      return this;
    }

    /** Judges responders by {@code catalog}'s thresholds. */
    public Builder catalog(OutcomeMeasureCatalog catalog) {
      this.catalog = checkNotNull(catalog, "catalog");
      return this;
    }

    /** Computes percent of norm from {@code norms}. */
    public Builder norms(RangeOfMotionNorms norms) {
      this.norms = checkNotNull(norms, "norms");
      return this;
    }

    /** Every course follows {@code definition}. */
    public Builder protocol(ProtocolDefinition definition) {
      checkNotNull(definition, "definition");
      this.protocolOf = r -> definition;
      return this;
    }

    /**
     * Each record's course follows the definition {@code protocolOf} returns for it (a record does
     * not name its protocol; a study knows it).
     */
    public Builder protocolOf(Function<ClientRecord, ProtocolDefinition> protocolOf) {
      this.protocolOf = checkNotNull(protocolOf, "protocolOf");
      return this;
    }

    /** The analysis. */
    public OutcomeAnalysis build() {
      return new OutcomeAnalysis(this);
    }
  }

  @Override
  public String toString() {
    return "OutcomeAnalysis{measures=" + measures + ", groupings=" + groupings + "}";
  }
}
