package org.nmt.outcomes.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.nmt.core.record.ClientRecord;

/**
 * The state of an {@link OutcomeAnalysis} over the records added so far, one record at a time.
 *
 * <p>Each record is reduced to a few numbers per group it belongs to as it is added and is not
 * kept: memory is bounded by the number of groups (times the fixed size of a group's state, set by
 * the measures, stages and resolutions), not by the number of clients. Accumulators of the same
 * analysis {@link #merge merge}: analyse partitions of a cohort separately (in threads, or in the
 * partitions of a distributed engine) and merge their accumulators, and the report equals the
 * report of one accumulator fed every record, exactly; the order records were added in does not
 * matter either.
 *
 * <p>Mutable and not thread-safe: confine an accumulator to one thread (or partition) and merge.
 */
public final class OutcomeAccumulator {
  private final OutcomeAnalysis analysis;

  /** The groups, unordered (a hash lookup per group of each client); sorted in the report. */
  private final Map<GroupKey, GroupAccumulator> groups = new HashMap<>();

  private long clients;

  OutcomeAccumulator(OutcomeAnalysis analysis) {
    this.analysis = analysis;
    groups.put(GroupKey.all(), new GroupAccumulator(analysis));
  }

  /** The analysis this accumulator belongs to. */
  public OutcomeAnalysis analysis() {
    return analysis;
  }

  /** Adds {@code record} and returns this accumulator. */
  public OutcomeAccumulator add(ClientRecord record) {
    checkNotNull(record, "record");
    ClientFacts facts = Extraction.of(analysis, record, analysis.protocolOf(record));
    for (GroupKey key : facts.groups) {
      groups.computeIfAbsent(key, k -> new GroupAccumulator(analysis)).add(facts);
    }
    clients++;
    return this;
  }

  /** Adds every record {@code records} yields and returns this accumulator. */
  public OutcomeAccumulator addAll(Iterator<ClientRecord> records) {
    checkNotNull(records, "records");
    while (records.hasNext()) {
      add(records.next());
    }
    return this;
  }

  /** Adds every record of {@code records} and returns this accumulator. */
  public OutcomeAccumulator addAll(Iterable<ClientRecord> records) {
    return addAll(records.iterator());
  }

  /**
   * Adds everything {@code other} holds and returns this accumulator; what {@code other} holds is
   * unchanged (the pairs it kept back are folded into its sums, as before any result, which changes
   * none of its results).
   *
   * @throws IllegalArgumentException if {@code other} is this accumulator, or analyses other
   *     measures or groupings
   */
  public OutcomeAccumulator merge(OutcomeAccumulator other) {
    checkNotNull(other, "other");
    checkArgument(other != this, "cannot merge an accumulator into itself");
    checkArgument(
        other.analysis.measures().equals(analysis.measures())
            && other.analysis.groupings().equals(analysis.groupings()),
        "cannot merge an accumulator of %s into one of %s",
        other.analysis,
        analysis);
    for (Map.Entry<GroupKey, GroupAccumulator> group : other.groups.entrySet()) {
      groups
          .computeIfAbsent(group.getKey(), k -> new GroupAccumulator(analysis))
          .merge(group.getValue());
    }
    clients += other.clients;
    return this;
  }

  /** How many records were added (directly or through merges). */
  public long clients() {
    return clients;
  }

  /** How many groups the accumulator holds: its memory, in units of a group's fixed state. */
  public int groupCount() {
    return groups.size();
  }

  /** The report of the records added so far; the accumulator can take more afterwards. */
  public OutcomeReport result() {
    OutcomeReport.Builder report = OutcomeReport.builder().clients(clients);
    for (Map.Entry<GroupKey, GroupAccumulator> group : new TreeMap<>(groups).entrySet()) {
      report.addGroups(group.getValue().result(group.getKey()));
    }
    return report.build();
  }
}
