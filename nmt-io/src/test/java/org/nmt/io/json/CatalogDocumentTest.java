package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.reference.Source;

class CatalogDocumentTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void roundTripsTheStandardCatalogEntryByEntry() {
    MuscleCatalog read = Documents.readCatalog(Documents.toBytes(MuscleCatalog.standard()));
    assertEquals(MuscleCatalog.standard().name(), read.name());
    assertEquals(MuscleCatalog.standard().version(), read.version());
    assertEquals(MuscleCatalog.standard().muscles(), read.muscles());
  }

  @Test
  void roundTripsAClinicExtension() {
    MuscleCatalog clinic =
        MuscleCatalog.standard()
            .extendedWith(
                "clinic-extension",
                "1.1",
                List.of(
                    Muscle.builder()
                        .id("peroneus-brevis")
                        .name("Peroneus brevis")
                        .region(BodyRegion.LOWER_LEG)
                        .group(FunctionalGroup.SHIN)
                        .innervation("superficial fibular nerve")
                        .source(Source.secondary("clinic anatomy notes"))
                        .build()));
    MuscleCatalog read = Documents.readCatalog(Documents.toBytes(clinic));
    assertEquals(clinic.muscles(), read.muscles());
    assertEquals("clinic-extension", read.name());
  }

  @Test
  void writesTheGoldenStandardCatalog() throws IOException {
    Path golden = GOLDEN.resolve("nmt-standard.muscle-catalog.json");
    String written = new String(Documents.toBytes(MuscleCatalog.standard()), UTF_8);
    if (Boolean.getBoolean("nmt.golden.update")) {
      Files.writeString(golden, written);
    }
    assertEquals(Files.readString(golden), written, "regenerate with -Dnmt.golden.update=true");
  }

  private static final String MUSCLE =
      "{\"id\":\"%s\",\"name\":\"M\",\"region\":\"neck\",\"group\":\"neck\","
          + "\"source\":{\"citation\":\"c\",\"evidence\":\"%s\"}}";

  private static final String SITE =
      "{\"id\":\"s\",\"description\":\"d\",\"referralZones\":[\"z\"],"
          + "\"source\":{\"citation\":\"c\",\"evidence\":\"primary\"}}";

  /** The refusal of a catalog document of {@code muscles}. */
  private static DocumentException refusal(String... muscles) {
    return assertThrows(
        DocumentException.class, () -> Documents.readCatalog(catalog(muscles).getBytes(UTF_8)));
  }

  private static String catalog(String... muscles) {
    return "{\"kind\":\"muscle-catalog\",\"formatVersion\":\"1.0\",\"name\":\"c\",\"version\":\"1.0\","
        + "\"muscles\":["
        + String.join(",", muscles)
        + "]}";
  }

  @Test
  void rejectsDuplicateIdsBadSlugsAndEvidence() {
    DocumentException duplicate =
        refusal(String.format(MUSCLE, "a", "primary"), String.format(MUSCLE, "a", "primary"));
    assertEquals("/muscles/1", duplicate.pointer());
    assertEquals("muscles[1]: duplicate muscle id 'a'", duplicate.rule());
    assertTrue(duplicate.column() > 1, "located: " + duplicate.getMessage());
    DocumentException site =
        refusal(
            "{\"id\":\"a\",\"name\":\"M\",\"region\":\"neck\",\"group\":\"neck\","
                + "\"triggerPointSites\":["
                + SITE
                + ","
                + SITE
                + "],\"source\":{\"citation\":\"c\",\"evidence\":\"primary\"}}");
    assertEquals("/muscles/0/triggerPointSites/1", site.pointer());
    assertEquals(
        "triggerPointSites[1]: duplicate trigger point site id 's' in muscle 'a'", site.rule());
    assertTrue(site.column() > 1, "located: " + site.getMessage());
    DocumentException slug = refusal(String.format(MUSCLE, "A b", "primary"));
    assertEquals("/muscles/0", slug.pointer());
    assertEquals(
        "muscle id must be a lower-kebab slug of at most 64 characters: 'A b'", slug.rule());
    DocumentException evidence = refusal(String.format(MUSCLE, "a", "rumour"));
    assertEquals("/muscles/0/source/evidence", evidence.pointer());
    assertEquals("unknown Evidence id: 'rumour'", evidence.rule());
  }
}
