package org.nmt.outcomes.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.measure.Measure;
import org.nmt.core.record.ClientRecord;
import org.nmt.outcomes.cohort.SyntheticCohort;

/**
 * Merging: the analyses of the parts of a cohort, merged, equal the analysis of the whole cohort,
 * exactly, however the cohort is split and in whatever order the records come.
 */
class OutcomeAccumulatorTest {
  private static final long SEED = 20261124L;
  private static final ImmutableList<ClientRecord> COHORT =
      SyntheticCohort.generate(SEED, 48).collect(ImmutableList.toImmutableList());
  private static final OutcomeReport WHOLE = OutcomeAnalysis.standard().analyse(COHORT);

  @Test
  void mergedPartitionsEqualTheWholeCohort() {
    qt().withFixedSeed(SEED)
        .withExamples(60)
        .forAll(lists().of(integers().between(0, 3)).ofSize(COHORT.size()))
        .checkAssert(
            partition -> {
              List<OutcomeAccumulator> parts = new ArrayList<>();
              for (int p = 0; p < 4; p++) {
                parts.add(OutcomeAnalysis.standard().newAccumulator());
              }
              for (int i = 0; i < COHORT.size(); i++) {
                parts.get(partition.get(i)).add(COHORT.get(i));
              }
              OutcomeAccumulator merged = OutcomeAnalysis.standard().newAccumulator();
              for (int p = 3; p >= 0; p--) {
                merged.merge(parts.get(p));
              }
              assertEquals(WHOLE, merged.result());
              // Tree-shaped merging, as a distributed engine combines partial results.
              OutcomeAccumulator left = parts.get(0).merge(parts.get(1));
              OutcomeAccumulator right = parts.get(2).merge(parts.get(3));
              assertEquals(WHOLE, right.merge(left).result());
            });
  }

  @Test
  void theOrderOfTheRecordsDoesNotMatter() {
    List<ClientRecord> shuffled = new ArrayList<>(COHORT);
    Collections.shuffle(shuffled, new Random(SEED));
    assertEquals(WHOLE, OutcomeAnalysis.standard().analyse(shuffled));
    assertEquals(
        WHOLE.tables().get(1).rows(),
        OutcomeAnalysis.standard().analyse(shuffled).tables().get(1).rows());
  }

  @Test
  void mergingAnEmptyAccumulatorChangesNothing() {
    OutcomeAccumulator accumulator = OutcomeAnalysis.standard().newAccumulator().addAll(COHORT);
    accumulator.merge(OutcomeAnalysis.standard().newAccumulator());
    assertEquals(WHOLE, accumulator.result());
    assertEquals(COHORT.size(), accumulator.clients());
  }

  @Test
  void memoryIsBoundedByTheGroupsNotTheClients() {
    OutcomeAccumulator accumulator = OutcomeAnalysis.standard().newAccumulator();
    accumulator.addAll(COHORT);
    int groups = accumulator.groupCount();
    accumulator.addAll(COHORT);
    accumulator.addAll(COHORT);
    assertEquals(groups, accumulator.groupCount(), "more clients, no more groups");
    assertEquals(WHOLE.groups().size(), groups);
  }

  @Test
  void accumulatorsOfDifferentAnalysesDoNotMerge() {
    OutcomeAccumulator standard = OutcomeAnalysis.standard().newAccumulator();
    OutcomeAccumulator painOnly =
        OutcomeAnalysis.builder().measures(Measure.NPRS).build().newAccumulator();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> standard.merge(painOnly));
    assertTrue(
        e.getMessage().startsWith("cannot merge an accumulator of OutcomeAnalysis{measures=[NPRS]"),
        e.getMessage());
  }

  @Test
  void anAccumulatorDoesNotMergeIntoItself() {
    OutcomeAccumulator accumulator = OutcomeAnalysis.standard().newAccumulator();
    assertEquals(
        "cannot merge an accumulator into itself",
        assertThrows(IllegalArgumentException.class, () -> accumulator.merge(accumulator))
            .getMessage());
  }

  @Test
  void anEmptyCohortHasTheOverallGroupOnly() {
    OutcomeReport empty = OutcomeAnalysis.standard().analyse(List.<ClientRecord>of());
    assertEquals(0, empty.clients());
    assertEquals(
        List.of(GroupKey.all()),
        empty.groups().stream().map(GroupOutcomes::group).collect(Collectors.toList()));
    assertEquals(0, empty.overall().measure(Measure.NPRS).pairs());
    assertTrue(empty.overall().timeToDischarge().steps().isEmpty());
  }
}
