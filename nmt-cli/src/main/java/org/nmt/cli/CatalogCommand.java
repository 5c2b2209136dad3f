package org.nmt.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.measure.OutcomeMeasure;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.core.technique.TechniqueProfile;
import org.nmt.protocol.definition.Protocols;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nmt catalog muscles|techniques|measures|stages [--json]}: the reference catalogs. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "Print a reference catalog: muscles, techniques, measures or stages.")
final class CatalogCommand implements Callable<Integer> {
  /** The catalogs the command prints. */
  enum Kind {
    muscles,
    techniques,
    measures,
    stages
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "One of: ${COMPLETION-CANDIDATES}.")
  Kind kind;

  @Option(
      names = "--json",
      description = "Print a JSON array of objects with at least id and name.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode rows = mapper.createArrayNode();
    switch (kind) {
      case muscles:
        for (Muscle muscle : MuscleCatalog.standard().muscles()) {
          ObjectNode row = row(rows, muscle.id(), muscle.name());
          row.put("tissue", muscle.tissue().id())
              .put("region", muscle.region().id())
              .put("group", muscle.group().id())
              .put("paired", muscle.paired());
          muscle.innervation().ifPresent(i -> row.put("innervation", i));
          ArrayNode sites = row.putArray("triggerPointSites");
          muscle.triggerPointSites().forEach(site -> sites.add(site.id()));
          row.put("source", muscle.source().toString());
        }
        break;
      case techniques:
        for (TechniqueProfile profile : TechniqueCatalog.standard().profiles()) {
          ObjectNode row = row(rows, profile.technique().id(), profile.technique().title());
          ArrayNode stages = row.putArray("stages");
          profile.stages().forEach(stage -> stages.add(stage.id()));
          row.put("deepPressure", profile.deepPressure());
          profile.dosing().ifPresent(d -> row.put("dosing", d.summary()));
        }
        break;
      case measures:
        for (OutcomeMeasure measure : OutcomeMeasureCatalog.standard().entries()) {
          ObjectNode row = row(rows, measure.measure().id(), measure.measure().title());
          row.put("unit", measure.measure().unit())
              .put("minimum", measure.measure().minimum())
              .put("maximum", measure.measure().maximum())
              .put("direction", measure.measure().direction().id());
          measure.mcid().ifPresent(v -> row.put("mcid", v));
          measure.mcidPercent().ifPresent(v -> row.put("mcidPercent", v));
          measure.mdc().ifPresent(v -> row.put("mdc", v));
        }
        break;
      case stages:
        List<Stage> order = Protocols.seeds().stages();
        for (int i = 0; i < order.size(); i++) {
          Stage stage = order.get(i);
          row(rows, stage.id(), stage.title()).put("number", i + 1).put("goal", stage.goal());
        }
        break;
      default:
        throw new AssertionError(kind);
    }
    if (json) {
      out.println(mapper.writeValueAsString(rows));
    } else {
      int width = 0;
      for (var row : rows) {
        width = Math.max(width, row.get("id").asText().length());
      }
      for (var row : rows) {
        out.printf(
            Locale.ROOT,
            "%-" + width + "s  %s%n",
            row.get("id").asText(),
            row.get("name").asText());
      }
      out.printf(Locale.ROOT, "%n%d %s%n", rows.size(), kind);
    }
    return Nmt.OK;
  }

  private static ObjectNode row(ArrayNode rows, String id, String name) {
    return rows.addObject().put("id", id).put("name", name);
  }
}
