package org.nmt.outcomes.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The result of an outcome analysis: one {@link GroupOutcomes} per group, the overall group first,
 * then by grouping and label; and the same as tidy {@link Table}s and a JSON-ready tree.
 *
 * <p>Two reports are equal when every group's statistics are equal. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class OutcomeReport {
  /** The {@code kind} of the JSON tree. */
  public static final String KIND = "outcome-report";

  /** The {@code formatVersion} of the JSON tree. */
  public static final String FORMAT_VERSION = "1.0";

  OutcomeReport() {}

  /** How many client records were analysed. */
  public abstract long clients();

  /** Every group with at least one client, and the overall group always; in group order. */
  public abstract ImmutableList<GroupOutcomes> groups();

  /** The group of every client. */
  public GroupOutcomes overall() {
    return groups().get(0);
  }

  /** The group labelled {@code label} in {@code grouping}, if it has clients. */
  public Optional<GroupOutcomes> group(Grouping grouping, String label) {
    GroupKey key = GroupKey.of(grouping, label);
    return groups().stream().filter(g -> g.group().equals(key)).findFirst();
  }

  /** The groups of {@code grouping}, by label. */
  public ImmutableList<GroupOutcomes> groups(Grouping grouping) {
    checkNotNull(grouping, "grouping");
    return groups().stream()
        .filter(g -> g.group().grouping() == grouping)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The report as tidy tables: {@code groups}, {@code measures}, {@code stages} and {@code
   * time-to-discharge} ({@code docs/OUTCOMES.md} defines every column).
   */
  @Value.Lazy
  public ImmutableList<Table> tables() {
    return Tables.of(this);
  }

  /**
   * The table named {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public Table table(String name) {
    return tables().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table named '" + name + "'"));
  }

  /**
   * The report as a tree of maps, lists, strings, numbers and nulls for a JSON writer: {@code
   * kind}, {@code formatVersion}, {@code clients}, the resolutions, and {@code tables}, each table
   * a list of {@link Table#records() records}. The maps are unmodifiable.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> tables = new LinkedHashMap<>();
    for (Table table : tables()) {
      tables.put(table.name(), table.records());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", KIND);
    json.put("formatVersion", FORMAT_VERSION);
    json.put("clients", clients());
    json.put("changeStepsPerUnit", OutcomeAnalysis.CHANGE_STEPS_PER_UNIT);
    json.put("timeStepsPerDay", OutcomeAnalysis.TIME_STEPS_PER_DAY);
    json.put("tables", Collections.unmodifiableMap(tables));
    return Collections.unmodifiableMap(json);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableOutcomeReport.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        !groups().isEmpty() && groups().get(0).group().equals(GroupKey.all()),
        "the overall group must come first");
  }
}
