package org.nmt.io.json;

import static org.nmt.io.json.RecordCodec.enumValue;
import static org.nmt.io.json.RecordCodec.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.TissueKind;
import org.nmt.core.anatomy.TriggerPointSite;
import org.nmt.core.reference.Evidence;
import org.nmt.core.reference.Source;

/**
 * Reads and writes the body of a muscle catalog document: the catalog's name and version and its
 * muscles, each with its trigger point sites and sources.
 */
final class CatalogCodec {
  static final Set<String> FIELDS =
      ImmutableSet.of("kind", "formatVersion", "name", "version", "muscles");
  private static final Set<String> MUSCLE_FIELDS =
      ImmutableSet.of(
          "id",
          "name",
          "tissue",
          "region",
          "group",
          "paired",
          "innervation",
          "triggerPointSites",
          "source");
  private static final Set<String> SITE_FIELDS =
      ImmutableSet.of("id", "description", "referralZones", "source");
  private static final Set<String> SOURCE_FIELDS = ImmutableSet.of("citation", "evidence");

  private CatalogCodec() {}

  static MuscleCatalog read(In in) {
    String name = in.text("name");
    String version = in.text("version");
    ImmutableList<Muscle> muscles = in.list("muscles", CatalogCodec::readMuscle);
    return in.build(() -> MuscleCatalog.of(name, version, muscles));
  }

  private static Muscle readMuscle(JsonNode node, String at) {
    In in = In.object(node, at, MUSCLE_FIELDS);
    Muscle.Builder muscle = Muscle.builder();
    muscle
        .id(in.text("id"))
        .name(in.text("name"))
        .region(enumValue(in, "region", BodyRegion.class))
        .group(enumValue(in, "group", FunctionalGroup.class))
        .addAllTriggerPointSites(in.list("triggerPointSites", CatalogCodec::readSite))
        .source(readSource(in.object("source", SOURCE_FIELDS)));
    if (in.has("tissue")) {
      muscle.tissue(enumValue(in, "tissue", TissueKind.class));
    }
    in.optionalBool("paired").ifPresent(muscle::paired);
    in.optionalText("innervation").ifPresent(muscle::innervation);
    return in.build(muscle::build);
  }

  private static TriggerPointSite readSite(JsonNode node, String at) {
    In in = In.object(node, at, SITE_FIELDS);
    TriggerPointSite.Builder site = TriggerPointSite.builder();
    site.id(in.text("id"))
        .description(in.text("description"))
        .addAllReferralZones(in.list("referralZones", In::text))
        .source(readSource(in.object("source", SOURCE_FIELDS)));
    return in.build(site::build);
  }

  private static Source readSource(In in) {
    String citation = in.text("citation");
    Evidence evidence = enumValue(in, "evidence", Evidence.class);
    return in.build(() -> Source.of(citation, evidence));
  }

  static void writeBody(Out out, MuscleCatalog catalog) {
    out.text("name", catalog.name())
        .text("version", catalog.version())
        .objects("muscles", catalog.muscles(), CatalogCodec::writeMuscle);
  }

  private static void writeMuscle(Out out, Muscle muscle) {
    out.start()
        .text("id", muscle.id())
        .text("name", muscle.name())
        .text("tissue", id(muscle.tissue()))
        .text("region", id(muscle.region()))
        .text("group", id(muscle.group()))
        .bool("paired", muscle.paired())
        .text("innervation", muscle.innervation())
        .objects("triggerPointSites", muscle.triggerPointSites(), CatalogCodec::writeSite)
        .object("source", muscle.source(), CatalogCodec::writeSource)
        .end();
  }

  private static void writeSite(Out out, TriggerPointSite site) {
    out.start()
        .text("id", site.id())
        .text("description", site.description())
        .texts("referralZones", site.referralZones())
        .object("source", site.source(), CatalogCodec::writeSource)
        .end();
  }

  private static void writeSource(Out out, Source source) {
    out.start().text("citation", source.citation()).text("evidence", source.evidence().id()).end();
  }
}
