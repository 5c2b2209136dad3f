package org.nmt.io.json;

import static org.nmt.io.json.RecordCodec.id;

import com.google.common.collect.ImmutableList;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.TissueKind;
import org.nmt.core.anatomy.TriggerPointSite;
import org.nmt.core.reference.Evidence;
import org.nmt.core.reference.Source;
import org.nmt.io.json.Cursor.Fields;

/**
 * Reads and writes the body of a muscle catalog document: the catalog's name and version and its
 * muscles, each with its trigger point sites and sources.
 */
final class CatalogCodec {
  static final Fields<String> FIELDS =
      Fields.of("kind", "formatVersion", "name", "version", "muscles").required("name", "version");
  private static final Fields<String> MUSCLE =
      Fields.of(
              "id",
              "name",
              "tissue",
              "region",
              "group",
              "paired",
              "innervation",
              "triggerPointSites",
              "source")
          .required("id", "name", "region", "group", "source");
  private static final Fields<String> SITE =
      Fields.of("id", "description", "referralZones", "source")
          .required("id", "description", "source");
  private static final Fields<String> SOURCE =
      Fields.of("citation", "evidence").required("citation", "evidence");

  private CatalogCodec() {}

  /** The parts of a catalog as they are read. */
  private static final class CatalogParts {
    String name;
    String version;
    final ImmutableList.Builder<Muscle> muscles = ImmutableList.builder();
  }

  /** Reads the muscle catalog document at the cursor, its header already checked. */
  static MuscleCatalog read(Cursor in) {
    CatalogParts catalog = new CatalogParts();
    in.object(
        FIELDS,
        name -> {
          switch (name) {
            case "name" -> catalog.name = in.text();
            case "version" -> catalog.version = in.text();
            case "muscles" -> in.array(() -> catalog.muscles.add(readMuscle(in)));
            default -> {
              // kind and formatVersion: checked before the body is read.
            }
          }
        });
    return in.build(() -> MuscleCatalog.of(catalog.name, catalog.version, catalog.muscles.build()));
  }

  private static Muscle readMuscle(Cursor in) {
    Muscle.Builder muscle = Muscle.builder();
    in.object(
        MUSCLE,
        name -> {
          switch (name) {
            case "id" -> muscle.id(in.text());
            case "name" -> muscle.name(in.text());
            case "tissue" -> muscle.tissue(in.enumValue(TissueKind.class));
            case "region" -> muscle.region(in.enumValue(BodyRegion.class));
            case "group" -> muscle.group(in.enumValue(FunctionalGroup.class));
            case "paired" -> muscle.paired(in.bool());
            case "innervation" -> muscle.innervation(in.text());
            case "triggerPointSites" -> in.array(() -> muscle.addTriggerPointSite(readSite(in)));
            default -> muscle.source(readSource(in));
          }
        });
    return in.build(muscle::build);
  }

  private static TriggerPointSite readSite(Cursor in) {
    TriggerPointSite.Builder site = TriggerPointSite.builder();
    in.object(
        SITE,
        name -> {
          switch (name) {
            case "id" -> site.id(in.text());
            case "description" -> site.description(in.text());
            case "referralZones" -> in.array(() -> site.addReferralZone(in.text()));
            default -> site.source(readSource(in));
          }
        });
    return in.build(site::build);
  }

  /** The parts of a source as they are read. */
  private static final class SourceParts {
    String citation;
    Evidence evidence;
  }

  private static Source readSource(Cursor in) {
    SourceParts source = new SourceParts();
    in.object(
        SOURCE,
        name -> {
          switch (name) {
            case "citation" -> source.citation = in.text();
            default -> source.evidence = in.enumValue(Evidence.class);
          }
        });
    return in.build(() -> Source.of(source.citation, source.evidence));
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
