package org.nmt.outcomes.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.nmt.core.measure.Measure;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.stage.Stage;
import org.nmt.outcomes.cohort.SyntheticCohort;
import org.nmt.protocol.definition.Protocols;

/**
 * Exports the client-level facts of the golden cohort (seed {@value #SEED}, {@value #SIZE} clients)
 * as the CSV files {@code compute_golden.py} and {@code compute_km_golden.R} read: which groups
 * each client belongs to, each baseline and follow-up pair with the responder judgement, each
 * stage's stays, and the time followed. The scripts compute the statistics from these
 * independently; {@link GoldenTest} compares them with what the analysis reports for the same
 * cohort.
 *
 * <p>Run {@code main} (or the tests with {@code -Dnmt.golden.write=true}) from the module's
 * directory to rewrite the files, then run the scripts. Numbers are written with {@link
 * Double#toString}, which reads back as the same double.
 */
final class GoldenCohort {
  static final long SEED = 20261124L;
  static final int SIZE = 150;
  static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private GoldenCohort() {}

  /** The files, by name, as text. */
  static Map<String, String> export() {
    StringBuilder groups = new StringBuilder("client,group_by,group\n");
    StringBuilder pairs =
        new StringBuilder("client,measure,endpoint,baseline,follow_up,responder\n");
    StringBuilder clients = new StringBuilder("client,started,discharged,followed_days\n");
    StringBuilder stages =
        new StringBuilder(
            "client,stage,completed,sessions,days,overrides,regressions_from,regressions_to\n");
    OutcomeAnalysis analysis = OutcomeAnalysis.standard();
    for (int i = 0; i < SIZE; i++) {
      ClientRecord record = SyntheticCohort.client(SEED, i);
      String id = record.client().id().value();
      ClientFacts facts = Extraction.of(analysis, record, Protocols.seeds());
      for (GroupKey key : facts.groups) {
        line(groups, id, key.grouping().id(), key.label());
      }
      for (Map.Entry<Measure, ? extends Map<Endpoint, ClientFacts.Pair>> measure :
          facts.pairs.entrySet()) {
        for (Map.Entry<Endpoint, ClientFacts.Pair> pair : measure.getValue().entrySet()) {
          ClientFacts.Pair values = pair.getValue();
          line(
              pairs,
              id,
              measure.getKey().id(),
              pair.getKey().id(),
              Double.toString(values.baseline),
              Double.toString(values.followUp),
              values.responder.id());
        }
      }
      line(
          clients,
          id,
          flag(facts.started),
          flag(facts.discharged),
          facts.followedDays.isPresent() ? Double.toString(facts.followedDays.getAsDouble()) : "");
      for (Map.Entry<Stage, ClientFacts.StageFacts> stage : facts.stages.entrySet()) {
        ClientFacts.StageFacts s = stage.getValue();
        line(
            stages,
            id,
            stage.getKey().id(),
            flag(s.completed.isPresent()),
            s.completed.map(t -> Integer.toString(t.sessions)).orElse(""),
            s.completed.map(t -> Double.toString(t.days)).orElse(""),
            Integer.toString(s.overrides),
            Integer.toString(s.regressionsFrom),
            Integer.toString(s.regressionsTo));
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    files.put("cohort-groups.csv", groups.toString());
    files.put("cohort-pairs.csv", pairs.toString());
    files.put("cohort-clients.csv", clients.toString());
    files.put("cohort-stages.csv", stages.toString());
    return files;
  }

  private static String flag(boolean value) {
    return value ? "1" : "0";
  }

  private static void line(StringBuilder out, String... cells) {
    StringJoiner joiner = new StringJoiner(",");
    for (String cell : cells) {
      joiner.add(cell);
    }
    out.append(joiner).append('\n');
  }

  /** Writes the files into {@link #DIRECTORY}. */
  static void write() {
    try {
      for (Map.Entry<String, String> file : export().entrySet()) {
        Files.writeString(
            DIRECTORY.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites the exported cohort; run from the module's directory. */
  public static void main(String[] args) {
    write();
  }
}
