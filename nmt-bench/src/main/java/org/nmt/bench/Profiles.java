package org.nmt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks with the options of a profile, {@code quick} (a few minutes on two cores) or
 * {@code full}, prints every result and the ratios against the references measured in the same run,
 * and writes them as a markdown table. Usage: {@code Profiles quick|full [table.md]}.
 */
public final class Profiles {
  private Profiles() {}

  /** The options of a profile. */
  enum Profile {
    QUICK(1, 2, 1, 3, 1, "200", "100", "2000", 1, 3),
    FULL(2, 5, 2, 5, 2, "2000", "1000", "100000", 1, 3);

    final int forks;
    final int warmups;
    final int warmupSeconds;
    final int measurements;
    final int measurementSeconds;
    final String readClients;
    final String csvClients;
    final String outcomeClients;
    final int outcomeWarmups;
    final int outcomeMeasurements;

    Profile(
        int forks,
        int warmups,
        int warmupSeconds,
        int measurements,
        int measurementSeconds,
        String readClients,
        String csvClients,
        String outcomeClients,
        int outcomeWarmups,
        int outcomeMeasurements) {
      this.forks = forks;
      this.warmups = warmups;
      this.warmupSeconds = warmupSeconds;
      this.measurements = measurements;
      this.measurementSeconds = measurementSeconds;
      this.readClients = readClients;
      this.csvClients = csvClients;
      this.outcomeClients = outcomeClients;
      this.outcomeWarmups = outcomeWarmups;
      this.outcomeMeasurements = outcomeMeasurements;
    }
  }

  /** Runs the profile named by {@code args[0]}; writes the table to {@code args[1]} if given. */
  public static void main(String[] args) throws RunnerException, IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: Profiles quick|full [table.md]");
      System.exit(2);
    }
    Profile profile = Profile.valueOf(args[0].toUpperCase(Locale.ROOT));
    Path table = Paths.get(args.length == 2 ? args[1] : "target/benchmarks-" + args[0] + ".md");
    List<RunResult> results = new ArrayList<>();
    results.addAll(
        new Runner(
                base(profile)
                    .include(CohortReadBench.class.getName())
                    .include(RecordWriteBench.class.getName())
                    .include(ScalingBench.class.getName())
                    .param("clients", profile.readClients)
                    .build())
            .run());
    // CsvBench has its own cohort size, so it runs apart.
    results.addAll(
        new Runner(
                base(profile)
                    .include(CsvBench.class.getName())
                    .param("clients", profile.csvClients)
                    .build())
            .run());
    results.addAll(
        new Runner(
                new OptionsBuilder()
                    .include(OutcomesBench.class.getName())
                    .param("clients", profile.outcomeClients)
                    .forks(1)
                    .jvmArgsAppend("-Xmx256m")
                    .warmupIterations(profile.outcomeWarmups)
                    .warmupTime(TimeValue.seconds(profile.warmupSeconds))
                    .measurementIterations(profile.outcomeMeasurements)
                    .measurementTime(TimeValue.seconds(profile.measurementSeconds))
                    .build())
            .run());
    Footprint footprint = Footprint.measure();
    String markdown = markdown(profile, results, footprint);
    System.out.println(markdown);
    if (table.getParent() != null) {
      Files.createDirectories(table.getParent());
    }
    Files.writeString(table, markdown, StandardCharsets.UTF_8);
  }

  private static ChainedOptionsBuilder base(Profile profile) {
    return new OptionsBuilder()
        .forks(profile.forks)
        .warmupIterations(profile.warmups)
        .warmupTime(TimeValue.seconds(profile.warmupSeconds))
        .measurementIterations(profile.measurements)
        .measurementTime(TimeValue.seconds(profile.measurementSeconds));
  }

  /** The results, ratios and footprint as markdown. */
  static String markdown(Profile profile, Collection<RunResult> results, Footprint footprint) {
    Map<String, Result<?>> byLabel = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    out.append("Profile: ").append(profile.name().toLowerCase(Locale.ROOT)).append("\n\n");
    out.append("| Benchmark | Parameters | Score | Error (99.9%) | Unit |\n");
    out.append("|---|---|---:|---:|---|\n");
    for (RunResult run : results) {
      String method = shortName(run.getParams().getBenchmark());
      String params = params(run);
      Result<?> primary = run.getPrimaryResult();
      byLabel.put(method + params, primary);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.3f | %.3f | %s |%n",
              method,
              params,
              primary.getScore(),
              primary.getScoreError(),
              primary.getScoreUnit()));
    }
    out.append("\n| Ratio | Value | Target |\n|---|---:|---|\n");
    ratio(out, byLabel, "CohortReadBench.readRecords", "CohortReadBench.readTree", false, "≥ 0.8");
    ratio(
        out, byLabel, "RecordWriteBench.writeRecord", "RecordWriteBench.writeTree", false, "≥ 1.0");
    // Without pretty printing on either side: the codec alone, without the faster printer's gain.
    ratio(
        out,
        byLabel,
        "RecordWriteBench.writeRecordCompact",
        "RecordWriteBench.writeTreeCompact",
        false,
        "≥ 1.0");
    for (String method :
        List.of("gateDecision", "validate", "validateClean", "validateHalfFindings")) {
      for (String n : List.of("100", "1000", "10000")) {
        Result<?> large = find(byLabel, "ScalingBench." + method, "sessions=" + n);
        Result<?> small = find(byLabel, "ScalingBench." + method, "sessions=10");
        if (large != null && small != null) {
          double ratio = large.getScore() / small.getScore();
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s t(%s)/t(10) | %.2f | ≤ %s (linear) |%n",
                  method,
                  n,
                  ratio,
                  Integer.parseInt(n) / 10));
        }
      }
    }
    ratio(out, byLabel, "OutcomesBench.analyse", "OutcomesBench.readOnly", true, "≥ 0.7");
    // The analysis's own cost as a share of the read's: analyse keeps >= 0.7x the read as long as
    // this share stays at most 3/7, however fast the read becomes.
    Result<?> alone = find(byLabel, "OutcomesBench.analysePreRead", "");
    Result<?> read = find(byLabel, "OutcomesBench.readOnly", "");
    if (alone != null && read != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "| analysePreRead / readOnly (time: the analysis's own share) | %.2f | ≤ 0.43 |%n",
              alone.getScore() / read.getScore()));
    }
    ratio(out, byLabel, "CsvBench.export", "CsvBench.writeRowsDirectly", false, "≥ 0.8");
    out.append(
        String.format(
            Locale.ROOT,
            "%nFootprint (JOL): typical record %d bytes with %d sessions; a session alone %.0f bytes"
                + " on average; one more session adds %.0f bytes to a record (target ≤ %.0f).%n",
            footprint.recordBytes(),
            footprint.recordSessions(),
            footprint.sessionBytes(),
            footprint.marginalSessionBytes(),
            Footprint.TARGET_SESSION_BYTES));
    return out.toString();
  }

  private static void ratio(
      StringBuilder out,
      Map<String, Result<?>> byLabel,
      String subject,
      String reference,
      boolean timePerOperation,
      String target) {
    Result<?> s = find(byLabel, subject, "");
    Result<?> r = find(byLabel, reference, "");
    if (s == null || r == null) {
      return;
    }
    double ratio = timePerOperation ? r.getScore() / s.getScore() : s.getScore() / r.getScore();
    double relative =
        Math.abs(s.getScoreError() / s.getScore()) + Math.abs(r.getScoreError() / r.getScore());
    out.append(
        String.format(
            Locale.ROOT,
            "| %s vs %s (throughput) | %.2f ± %.2f | %s |%n",
            shortName(subject),
            shortName(reference),
            ratio,
            Double.isFinite(relative) ? ratio * relative : Double.NaN,
            target));
  }

  private static Result<?> find(Map<String, Result<?>> byLabel, String method, String param) {
    for (Map.Entry<String, Result<?>> entry : byLabel.entrySet()) {
      String label = entry.getKey();
      boolean match =
          param.isEmpty()
              ? label.equals(method) || label.startsWith(method + " ")
              : label.equals(method + " " + param);
      if (match) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String params(RunResult run) {
    StringBuilder params = new StringBuilder(" ");
    for (String key : run.getParams().getParamsKeys()) {
      params.append(key).append('=').append(run.getParams().getParam(key)).append(' ');
    }
    return params.toString().stripTrailing();
  }

  private static String shortName(String benchmark) {
    String prefix = Profiles.class.getPackageName() + ".";
    return benchmark.startsWith(prefix) ? benchmark.substring(prefix.length()) : benchmark;
  }
}
