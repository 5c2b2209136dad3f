package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.TriggerPointSite;
import org.nmt.core.id.PlanId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.AdverseEvent;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.io.gen.CatalogGenerator;
import org.nmt.io.gen.DefinitionGenerator;
import org.nmt.io.gen.PlanGenerator;
import org.nmt.io.gen.RecordGenerator;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.plan.TreatmentPlan;

/**
 * Mutation fuzzing of document reading: thousands of seeded mutants of valid documents of every
 * kind (client records: the seed scenarios and generated records; treatment plans, protocol
 * definitions and muscle catalogs: built-in and generated ones), mutated as JSON trees and as
 * bytes. Every mutant must either be read into a value that round-trips, or be rejected with a
 * {@link DocumentException} that has a location and a rule and echoes no free text; nothing else
 * may escape, and no batch may hang.
 */
class MutationFuzzTest {
  private static final long SEED = 20261124L;
  private static final int GENERATED_DOCUMENTS = 36;
  private static final int MUTANTS_PER_DOCUMENT = 160;
  private static final int GENERATED_OTHERS = 10;
  private static final int MUTANTS_PER_OTHER_DOCUMENT = 100;
  private static final int BATCH = 400;
  private static final Duration BATCH_LIMIT = Duration.ofSeconds(30);
  private static final int SHOWN_FAILURES = 25;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Every field name of the formats, for renaming one field to another. */
  private static final ImmutableList<String> FIELD_NAMES =
      ImmutableList.of(
          "kind",
          "formatVersion",
          "client",
          "intake",
          "assessments",
          "sessions",
          "transitions",
          "signOffs",
          "id",
          "birthYear",
          "sex",
          "activityProfiles",
          "presentingConditions",
          "takenOn",
          "screening",
          "chiefComplaint",
          "item",
          "region",
          "side",
          "clearance",
          "resolvedOn",
          "givenOn",
          "type",
          "takenAt",
          "scale",
          "context",
          "value",
          "location",
          "readingsKgPerCm2",
          "joint",
          "movement",
          "degrees",
          "mode",
          "muscle",
          "grade",
          "test",
          "planesEvaluated",
          "findings",
          "deviation",
          "normalRange",
          "lower",
          "upper",
          "upperInclusive",
          "questionnaire",
          "score",
          "site",
          "therapistId",
          "start",
          "duration",
          "stage",
          "painBefore",
          "painAfter",
          "triggerPointExaminations",
          "techniques",
          "response",
          "note",
          "tautBand",
          "hypersensitiveSpot",
          "referredPain",
          "referralZonesObserved",
          "painRecognition",
          "localTwitchResponse",
          "jumpSign",
          "palpationPain",
          "pressurePainThresholdKgPerCm2",
          "technique",
          "target",
          "pressure",
          "holdTime",
          "repetitions",
          "reportedIntensity",
          "soreness",
          "sorenessDuration",
          "adverseEvents",
          "serious",
          "description",
          "subjective",
          "objective",
          "assessment",
          "plan",
          "at",
          "fromStage",
          "toStage",
          "justification",
          "failedCriteria",
          "trigger",
          "name",
          "version",
          "stages",
          "gates",
          "criteria",
          "criterion",
          "maximum",
          "minimumChange",
          "rise",
          "minimumImprovement",
          "joints",
          "percentOfNorm",
          "sideDifferencePercent",
          "muscles",
          "targets",
          "biering-sorensen",
          "regressionRules",
          "rule",
          "returnTo",
          "tissue",
          "group",
          "paired",
          "innervation",
          "triggerPointSites",
          "referralZones",
          "source",
          "citation",
          "evidence");

  /** The fields holding free text, and the texts of a catalog entry. */
  private static final ImmutableList<String> FREE_TEXT_FIELDS =
      ImmutableList.of(
          "chiefComplaint",
          "subjective",
          "objective",
          "assessment",
          "plan",
          "description",
          "justification",
          "name",
          "innervation",
          "citation");

  /** The pointers of free-text values, and of the texts of catalog entries. */
  private static final Pattern FREE_TEXT =
      Pattern.compile(
          ".*/(chiefComplaint|subjective|objective|plan|description|justification"
              + "|note/assessment|referralZonesObserved/[0-9]+)"
              + "|/muscles/[0-9]+/(name|innervation|source/citation)"
              + "|/muscles/[0-9]+/triggerPointSites/[0-9]+/(description|referralZones/[0-9]+"
              + "|source/citation)");

  private static final ImmutableList<String> UNKNOWN_NAMES =
      ImmutableList.of("nmae", "Id", "ID", "id ", "", "~", "a/b", "~1", "\\u0000", "kind2");

  /** Numbers (as JSON text) out of every field's range, at type limits, and not quite numbers. */
  private static final ImmutableList<String> NUMBERS =
      ImmutableList.of(
          "-1",
          "-0",
          "-0.0",
          "0",
          "0.0",
          "11",
          "101",
          "361",
          "-361",
          "1000000",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "12345678901234567890123456789",
          "1e308",
          "1.7976931348623157E309",
          "1e400",
          "-1e400",
          "1e-400",
          "4.9e-324",
          "2.5e-324",
          "0.1",
          "1.5",
          "20.000000000000004",
          "360.00000000000006",
          "1E2",
          "1e+2",
          "\"NaN\"",
          "\"Infinity\"",
          "\"-Infinity\"",
          "\"7\"",
          "NaN",
          "Infinity",
          "-Infinity",
          "0x10",
          "01",
          "+1",
          ".5",
          "1.",
          "1e",
          "-",
          "1" + "0".repeat(70),
          "0." + "0".repeat(70) + "1",
          "1e" + "9".repeat(12));

  /** Strings at the edges of ids, dates, instants, durations and enum ids. */
  private static final ImmutableList<String> STRINGS =
      ImmutableList.of(
          "",
          " ",
          "x".repeat(64),
          "x".repeat(65),
          "a".repeat(200),
          "-leading-dash",
          "UPPER",
          "LEFT",
          "left ",
          "pain_elimination",
          "1.0",
          "2026-13-45",
          "2026-02-30",
          "2026-02-29",
          "2024-02-29",
          "+999999999-12-31",
          "-999999999-01-01",
          "+1000000000-12-31",
          "+1000000000-12-31T23:59:59.999999999Z",
          "-1000000000-01-01T00:00:00Z",
          "+1000000000-12-31T23:00:00Z",
          "2026-03-02T09:00:00+01:00",
          "2026-03-02T09:00:00",
          "2026-03-02t09:00:00z",
          "2026-03-02T24:00:00Z",
          "PT0S",
          "PT-1H",
          "-PT1H",
          "PT4H0.000000001S",
          "P106751991167300D",
          "PT2562047788015215H30M8S",
          "PT2562047788015216H",
          "P1Y",
          "PT",
          "P",
          "PT1M1H",
          "9999-12-31",
          "0000-01-01",
          "ｌｅｆｔ",
          "l\u0435ft",
          "NaN",
          "null",
          "true");

  /** JSON string escapes of unusual code points, valid or not as Unicode. */
  private static final ImmutableList<String> ESCAPES =
      ImmutableList.of(
          "\\ud800",
          "\\udbff",
          "\\udc00",
          "\\udfff",
          "\\udc00\\ud800",
          "\\ud83d\\ude00",
          "\\u0000",
          "\\ufeff",
          "\\uffff",
          "\\ufffe",
          "\\u2028",
          "\\u0085",
          "\\u001f",
          "\\/",
          "\\ud800\\u0041",
          "\\uD800");

  /** Raw byte sequences: a BOM, NUL, invalid and valid UTF-8. */
  private static final ImmutableList<byte[]> BYTE_SEQUENCES =
      ImmutableList.of(
          bytes(0xEF, 0xBB, 0xBF),
          bytes(0x00),
          bytes(0xC0, 0x80),
          bytes(0xED, 0xA0, 0x80),
          bytes(0xED, 0xB0, 0x80),
          bytes(0xF4, 0x90, 0x80, 0x80),
          bytes(0xF8, 0x88, 0x80, 0x80, 0x80),
          bytes(0xFF),
          bytes(0xFE, 0xFF),
          bytes(0x80),
          bytes(0xE2, 0x82),
          bytes(0xF0, 0x9F, 0x98, 0x80),
          bytes(0xC2, 0xA0),
          bytes(0x1B),
          bytes(0x7F));

  private static final ImmutableList<String> ENCODINGS =
      ImmutableList.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE");

  private static final ImmutableList<String> TRAILING =
      ImmutableList.of(
          " {}",
          "]",
          "}",
          "x",
          ",",
          "\u0000",
          "// comment",
          "/* c */",
          "\n{\"kind\":1}",
          "null",
          "0",
          "\"",
          "[",
          "\n\n\nx",
          "\uFEFF");

  /** How a kind of document is read, written and compared. */
  private static final class Format {
    final String kind;
    final Function<byte[], Object> reader;
    final Function<Object, byte[]> writer;
    final BiPredicate<Object, Object> same;

    Format(
        String kind,
        Function<byte[], Object> reader,
        Function<Object, byte[]> writer,
        BiPredicate<Object, Object> same) {
      this.kind = kind;
      this.reader = reader;
      this.writer = writer;
      this.same = same;
    }

    /** Whether {@code value}, written and read back, is equal to itself. */
    boolean roundTrips(Object value) {
      return same.test(value, reader.apply(writer.apply(value)));
    }
  }

  private static final Format RECORD =
      new Format(
          "record",
          Documents::readRecord,
          v -> Documents.toBytes((ClientRecord) v),
          Object::equals);
  private static final Format PLAN =
      new Format(
          "plan", Documents::readPlan, v -> Documents.toBytes((TreatmentPlan) v), Object::equals);
  private static final Format DEFINITION =
      new Format(
          "definition",
          Documents::readProtocol,
          v -> Documents.toBytes((ProtocolDefinition) v),
          Object::equals);
  private static final Format CATALOG =
      new Format(
          "catalog",
          Documents::readCatalog,
          v -> Documents.toBytes((MuscleCatalog) v),
          (a, b) -> {
            MuscleCatalog x = (MuscleCatalog) a;
            MuscleCatalog y = (MuscleCatalog) b;
            return x.name().equals(y.name())
                && x.version().equals(y.version())
                && x.muscles().equals(y.muscles());
          });

  /** One valid document the mutants start from. */
  private static final class Original {
    final String name;
    final Format format;
    final byte[] bytes;
    final JsonNode tree;
    final ImmutableList<String> freeText;

    Original(String name, Format format, Object value, ImmutableList<String> freeText) {
      this.name = name;
      this.format = format;
      this.bytes = format.writer.apply(value);
      this.tree = readTree(bytes);
      this.freeText = freeText;
    }
  }

  /** What a mutation made: the bytes and how. */
  private static final class Mutant {
    final long seed;
    final int index;
    final Mutation mutation;
    final Original original;
    final byte[] bytes;
    final String how;

    Mutant(long seed, int index, Mutation mutation, Original original, byte[] bytes, String how) {
      this.seed = seed;
      this.index = index;
      this.mutation = mutation;
      this.original = original;
      this.bytes = bytes;
      this.how = how;
    }

    @Override
    public String toString() {
      return "mutant "
          + index
          + " (seed "
          + seed
          + ", "
          + mutation
          + " of "
          + original.name
          + "): "
          + (how.length() > 300 ? how.substring(0, 300) + "..." : how);
    }
  }

  /** Tallies outcomes and failures; fields are touched by one batch thread at a time. */
  private static final class Outcomes {
    final Map<Mutation, int[]> byMutation = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    volatile String current = "none";

    void add(Mutant mutant, boolean accepted, String failure) {
      int[] counts = byMutation.computeIfAbsent(mutant.mutation, m -> new int[2]);
      counts[accepted ? 0 : 1]++;
      if (failure != null) {
        failures.add(mutant + "\n    " + failure);
      }
    }
  }

  @Test
  void everyMutantIsReadIntoARecordOrRejectedWithALocatedDocumentException() {
    fuzz(recordCorpus(), MUTANTS_PER_DOCUMENT, seed(0));
  }

  @Test
  void everyMutantIsReadIntoAPlanOrRejectedWithALocatedDocumentException() {
    fuzz(planCorpus(), MUTANTS_PER_OTHER_DOCUMENT, seed(1_000_000));
  }

  @Test
  void everyMutantIsReadIntoADefinitionOrRejectedWithALocatedDocumentException() {
    fuzz(definitionCorpus(), MUTANTS_PER_OTHER_DOCUMENT, seed(2_000_000));
  }

  @Test
  void everyMutantIsReadIntoACatalogOrRejectedWithALocatedDocumentException() {
    fuzz(catalogCorpus(), MUTANTS_PER_OTHER_DOCUMENT, seed(3_000_000));
  }

  /**
   * Checks {@code perDocument} mutants of each document of {@code corpus}, the first with the seed
   * {@code firstSeed}, in batches each bounded in time.
   */
  private static void fuzz(List<Original> corpus, int perDocument, long firstSeed) {
    Outcomes outcomes = new Outcomes();
    int total = corpus.size() * perDocument;
    for (int first = 0; first < total; first += BATCH) {
      int from = first;
      int to = Math.min(total, first + BATCH);
      assertTimeoutPreemptively(
          BATCH_LIMIT,
          () -> {
            for (int i = from; i < to; i++) {
              Mutant mutant = mutant(corpus, i, firstSeed);
              outcomes.current = mutant.toString();
              check(mutant, outcomes);
            }
          },
          () -> "mutants " + from + ".." + (to - 1) + " hung; last started: " + outcomes.current);
    }

    assertTrue(
        outcomes.failures.isEmpty(),
        () ->
            outcomes.failures.size()
                + " of "
                + total
                + " mutants broke the contract, the first:\n"
                + String.join(
                    "\n",
                    outcomes.failures.subList(
                        0, Math.min(SHOWN_FAILURES, outcomes.failures.size()))));
    int accepted = 0;
    int fairShare = total / Mutation.values().length;
    for (Mutation mutation : Mutation.values()) {
      int[] counts = outcomes.byMutation.get(mutation);
      assertTrue(
          counts != null && counts[0] + counts[1] >= fairShare / 2, mutation + " ran too rarely");
      if (mutation.alwaysRejected) {
        assertEquals(0, counts[0], mutation + " mutants must all be rejected");
      }
      accepted += counts[0];
    }
    assertTrue(accepted > total / 20, "too few mutants were valid: " + accepted + " of " + total);
    assertTrue(accepted < total / 2, "too many mutants were valid: " + accepted + " of " + total);
  }

  @Test
  void theOriginalsAreValidAndCarryMarkedFreeText() {
    List<Original> records = recordCorpus();
    assertEquals(SeedScenarios.all().size() + GENERATED_DOCUMENTS, records.size());
    assertTrue(marked(records) > 100, "marked free texts in records: " + marked(records));
    assertTrue(marked(planCorpus()) > 5, "marked free texts in plans: " + marked(planCorpus()));
    assertTrue(
        marked(catalogCorpus()) > 100, "marked texts in catalogs: " + marked(catalogCorpus()));
    List<Original> all = new ArrayList<>(records);
    all.addAll(planCorpus());
    all.addAll(definitionCorpus());
    all.addAll(catalogCorpus());
    assertEquals(records.size() + 3 * (GENERATED_OTHERS + 2), all.size());
    for (Original original : all) {
      assertTrue(
          original.format.roundTrips(original.format.reader.apply(original.bytes)), original.name);
    }
  }

  /** How many of the free texts of {@code corpus} carry the marker. */
  private static int marked(List<Original> corpus) {
    int marked = 0;
    for (Original original : corpus) {
      for (String text : original.freeText) {
        marked += text.contains(RecordGenerator.MARKER) ? 1 : 0;
      }
    }
    return marked;
  }

  // ---- checking one mutant

  private static void check(Mutant mutant, Outcomes outcomes) {
    Object read;
    try {
      read = mutant.original.format.reader.apply(mutant.bytes);
    } catch (DocumentException e) {
      outcomes.add(mutant, false, rejectionProblem(mutant, e));
      return;
    } catch (RuntimeException | StackOverflowError e) {
      outcomes.add(mutant, false, "threw " + summary(e));
      return;
    }
    String failure = null;
    try {
      if (!mutant.original.format.roundTrips(read)) {
        failure = "read a " + mutant.original.format.kind + " that does not round-trip";
      }
    } catch (RuntimeException | StackOverflowError e) {
      failure =
          "read a "
              + mutant.original.format.kind
              + " that cannot be written and read back: "
              + summary(e);
    }
    outcomes.add(mutant, true, failure);
  }

  private static String rejectionProblem(Mutant mutant, DocumentException e) {
    String pointer = e.pointer();
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      return "pointer is not a JSON Pointer: " + e.getMessage();
    }
    if (pointer.isEmpty() && e.line() < 1) {
      return "no location (empty pointer, line " + e.line() + "): " + e.getMessage();
    }
    if (e.line() < 0 || e.column() < 0 || (e.line() > 0 && e.column() < 1)) {
      return "bad line or column: " + e.getMessage();
    }
    if (e.line() > lineBreaks(mutant.bytes) + 1) {
      return "line beyond the end of the input: " + e.getMessage();
    }
    if (e.rule().isBlank()) {
      return "blank rule: " + e.getMessage();
    }
    if (e.getMessage().contains(RecordGenerator.MARKER)) {
      return "message echoes free text: " + e.getMessage();
    }
    for (String text : mutant.original.freeText) {
      if (text.length() >= 12 && e.getMessage().contains(text)) {
        return "message echoes free text: " + e.getMessage();
      }
    }
    if (!e.rule().startsWith("malformed JSON: ")
        && !e.rule().startsWith("document exceeds a size limit: ")) {
      JsonNode tree = readTreeOrNull(mutant.bytes);
      if (tree != null && tree.at(pointer).isMissingNode()) {
        JsonNode parent = tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
        if (!parent.isObject()) {
          return "pointer names neither a node nor a missing field of an object: " + e.getMessage();
        }
      }
    }
    return null;
  }

  private static String summary(Throwable e) {
    StringBuilder text = new StringBuilder(e.toString());
    if (text.length() > 300) {
      text.setLength(300);
      text.append("...");
    }
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("org.nmt.")) {
        text.append(" at ").append(frame);
        break;
      }
    }
    return text.toString();
  }

  private static int lineBreaks(byte[] bytes) {
    int count = 0;
    for (byte b : bytes) {
      count += b == '\n' || b == '\r' ? 1 : 0;
    }
    return count;
  }

  // ---- the corpus and the mutants

  private static List<Original> recordCorpus() {
    List<Original> corpus = new ArrayList<>();
    for (ClientRecord record : SeedScenarios.all()) {
      corpus.add(new Original(record.client().id().value(), RECORD, record, freeText(record)));
    }
    for (int i = 0; i < GENERATED_DOCUMENTS; i++) {
      ClientRecord record = RecordGenerator.record(new Random(SEED + 7919L * i));
      corpus.add(new Original("generated-" + i, RECORD, record, freeText(record)));
    }
    return corpus;
  }

  private static List<Original> planCorpus() {
    List<Original> corpus = new ArrayList<>();
    TreatmentPlan hiker = PlanDocumentTest.hikerPlan();
    corpus.add(plan("hiker-plan", hiker));
    corpus.add(
        plan(
            "plan-without-sessions",
            TreatmentPlan.builder()
                .id(PlanId.of("empty"))
                .client(hiker.client())
                .intake(hiker.intake())
                .build()));
    for (int i = 0; i < GENERATED_OTHERS; i++) {
      corpus.add(plan("generated-plan-" + i, PlanGenerator.plan(new Random(SEED + 7919L * i))));
    }
    return corpus;
  }

  private static Original plan(String name, TreatmentPlan plan) {
    ImmutableList<String> freeText =
        plan.intake().chiefComplaint().map(ImmutableList::of).orElse(ImmutableList.of());
    return new Original(name, PLAN, plan, freeText);
  }

  private static List<Original> definitionCorpus() {
    List<Original> corpus = new ArrayList<>();
    corpus.add(new Original("seeds", DEFINITION, Protocols.seeds(), ImmutableList.of()));
    corpus.add(new Original("st-john", DEFINITION, Protocols.stJohn(), ImmutableList.of()));
    for (int i = 0; i < GENERATED_OTHERS; i++) {
      ProtocolDefinition definition = DefinitionGenerator.definition(new Random(SEED + 7919L * i));
      corpus.add(
          new Original("generated-definition-" + i, DEFINITION, definition, ImmutableList.of()));
    }
    return corpus;
  }

  private static List<Original> catalogCorpus() {
    List<Original> corpus = new ArrayList<>();
    MuscleCatalog standard = MuscleCatalog.standard();
    corpus.add(new Original("standard", CATALOG, standard, texts(standard)));
    MuscleCatalog small = MuscleCatalog.of("small", "1.0", standard.muscles().subList(0, 3));
    corpus.add(new Original("small", CATALOG, small, texts(small)));
    for (int i = 0; i < GENERATED_OTHERS; i++) {
      MuscleCatalog catalog = CatalogGenerator.catalog(new Random(SEED + 7919L * i));
      corpus.add(new Original("generated-catalog-" + i, CATALOG, catalog, texts(catalog)));
    }
    return corpus;
  }

  /** The texts of a catalog: names, innervations, descriptions, referral zones, citations. */
  private static ImmutableList<String> texts(MuscleCatalog catalog) {
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    for (Muscle muscle : catalog.muscles()) {
      texts.add(muscle.name(), muscle.source().citation());
      muscle.innervation().ifPresent(texts::add);
      for (TriggerPointSite site : muscle.triggerPointSites()) {
        texts.add(site.description(), site.source().citation()).addAll(site.referralZones());
      }
    }
    return texts.build();
  }

  private static long seed(int index) {
    return SEED * 1_000_003L + index;
  }

  /** Mutant {@code index}: each mutation in turn, over each document in turn. */
  private static Mutant mutant(List<Original> corpus, int index, long firstSeed) {
    Original original = corpus.get(index % corpus.size());
    Mutation mutation = Mutation.values()[(index / corpus.size()) % Mutation.values().length];
    Mutator mutator = new Mutator(new Random(firstSeed + index), original);
    byte[] bytes = mutation.mutate(mutator);
    return new Mutant(firstSeed + index, index, mutation, original, bytes, mutator.log.toString());
  }

  /** The free text of a record: the values no message may echo. */
  private static ImmutableList<String> freeText(ClientRecord record) {
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    record.intake().chiefComplaint().ifPresent(texts::add);
    for (Session session : record.sessions()) {
      session.triggerPointExaminations().forEach(e -> texts.addAll(e.referralZonesObserved()));
      session
          .response()
          .ifPresent(
              r -> {
                for (AdverseEvent event : r.adverseEvents()) {
                  event.description().ifPresent(texts::add);
                }
              });
      if (session.note().isPresent()) {
        SoapNote note = session.note().get();
        note.subjective().ifPresent(texts::add);
        note.objective().ifPresent(texts::add);
        note.assessment().ifPresent(texts::add);
        note.plan().ifPresent(texts::add);
      }
    }
    for (StageTransition transition : record.transitions()) {
      transition.justification().ifPresent(texts::add);
    }
    return texts.build();
  }

  // ---- mutations

  /** The ways a document is mutated. */
  private enum Mutation {
    REMOVE_FIELD(false) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.parent instanceof ObjectNode);
        m.note("removed %s", slot.pointer);
        ((ObjectNode) slot.parent).remove(slot.field);
        return m.treeBytes();
      }
    },
    RENAME_FIELD(false) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.parent instanceof ObjectNode);
        // Free text renamed into an id or enum field would be echoed by design: keep it free text.
        List<String> known = containsMarker(slot.node) ? FREE_TEXT_FIELDS : FIELD_NAMES;
        String name = m.random.nextBoolean() ? m.pick(UNKNOWN_NAMES) : m.pick(known);
        m.note("renamed %s to '%s'", slot.pointer, name);
        m.replaceKey((ObjectNode) slot.parent, slot.field, m.quoted(name));
        return m.treeBytes();
      }
    },
    CHANGE_TYPE(true) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.parent != null || m.random.nextInt(20) == 0);
        JsonNode value = m.valueOfAnotherType(slot.node);
        m.note("replaced %s (%s) by %s", slot.pointer, slot.node.getNodeType(), value);
        m.replace(slot, value);
        return m.treeBytes();
      }
    },
    NUMBER_EDGE(false) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.node.isNumber());
        if (slot == null) {
          slot = m.slot(s -> s.node.isValueNode());
        }
        String number;
        if (slot.node.isNumber() && m.random.nextInt(4) == 0) {
          number = slot.node.isIntegralNumber() ? slot.node.asText() + ".0" : twin(slot.node);
        } else {
          number = m.pick(NUMBERS);
        }
        m.note("set %s to %s", slot.pointer, number);
        m.replace(slot, m.raw(number));
        return m.treeBytes();
      }
    },
    STRING_EDGE(false) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.node.isTextual());
        String text = m.pick(STRINGS);
        m.note("set %s to '%s'", slot.pointer, text);
        m.replace(slot, TextNode.valueOf(text));
        return m.treeBytes();
      }
    },
    HEADER(false) {
      @Override
      byte[] mutate(Mutator m) {
        String field = m.random.nextBoolean() ? "kind" : "formatVersion";
        String value =
            m.pick(
                ImmutableList.of(
                    "1.1",
                    "1.9999",
                    "1.10000",
                    "0.0",
                    "0.9",
                    "2.0",
                    "9999.9999",
                    "10000.0",
                    "1",
                    "1.0.0",
                    "01.0",
                    "1.0 ",
                    "١.٠",
                    "client-record",
                    "plan",
                    "CLIENT-RECORD",
                    "client-record ",
                    "",
                    "1.0"));
        m.note("set /%s to '%s'", field, value);
        ((ObjectNode) m.root).put(field, value);
        return m.treeBytes();
      }
    },
    HUGE_STRING(true) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.parent != null);
        String huge =
            m.hugeText(
                Documents.MAX_STRING_LENGTH + 1 + m.random.nextInt(Documents.MAX_STRING_LENGTH),
                isFreeText(slot));
        if (slot.parent instanceof ObjectNode && m.random.nextBoolean()) {
          m.note("renamed %s to a %s-character name", slot.pointer, huge.length());
          m.replaceKey((ObjectNode) slot.parent, slot.field, m.quoted(huge));
        } else {
          m.note("set %s to a %s-character string", slot.pointer, huge.length());
          m.replace(slot, TextNode.valueOf(huge));
        }
        return m.treeBytes();
      }
    },
    LONG_STRING_WITHIN_LIMIT(false) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.node.isTextual());
        String text =
            m.hugeText(Documents.MAX_STRING_LENGTH - m.random.nextInt(3), isFreeText(slot));
        m.note("set %s to a %s-character string", slot.pointer, text.length());
        m.replace(slot, TextNode.valueOf(text));
        return m.treeBytes();
      }
    },
    DEEP_NESTING(true) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.parent != null);
        int depth =
            m.pick(
                ImmutableList.of(
                    Documents.MAX_DEPTH + 1, Documents.MAX_DEPTH + 2, 200, 5000, 100_000));
        m.note("set %s to %s levels of nesting", slot.pointer, depth);
        m.replace(slot, m.raw(m.nesting(depth)));
        return m.treeBytes();
      }
    },
    NESTING_NEAR_LIMIT(false) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.parent != null);
        int depth = Math.max(1, Documents.MAX_DEPTH - slot.depth + m.random.nextInt(3));
        m.note("set %s (depth %s) to %s levels of nesting", slot.pointer, slot.depth, depth);
        m.replace(slot, m.raw(m.nesting(depth)));
        return m.treeBytes();
      }
    },
    DUPLICATE_KEY(true) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.parent instanceof ObjectNode);
        JsonNode value = m.random.nextBoolean() ? slot.node.deepCopy() : m.randomValue(1);
        m.note("repeated the key of %s", slot.pointer);
        m.insertField((ObjectNode) slot.parent, m.quoted(slot.field), value);
        return m.treeBytes();
      }
    },
    TRAILING_GARBAGE(true) {
      @Override
      byte[] mutate(Mutator m) {
        String garbage = m.pick(TRAILING);
        m.note("appended %s", MAPPER.valueToTree(garbage));
        return concat(m.baseBytes(), garbage.getBytes(UTF_8));
      }
    },
    SWAP_CONTAINER(true) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.parent != null || m.random.nextInt(10) == 0);
        JsonNode node = slot.node;
        JsonNode swapped;
        if (node.isArray()) {
          ObjectNode object = NODES.objectNode();
          for (int i = 0; i < node.size(); i++) {
            object.set(String.valueOf(i), node.get(i));
          }
          swapped = object;
        } else if (node.isObject()) {
          ArrayNode array = NODES.arrayNode();
          node.elements().forEachRemaining(array::add);
          swapped = m.random.nextBoolean() ? array : NODES.arrayNode().add(node);
        } else {
          swapped = NODES.arrayNode().add(node);
        }
        m.note("swapped %s (%s) for %s", slot.pointer, node.getNodeType(), swapped.getNodeType());
        m.replace(slot, swapped);
        return m.treeBytes();
      }
    },
    STRIP_QUOTES(true) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.node.isTextual());
        String quoted = m.quoted(slot.node.textValue());
        m.note("unquoted %s", slot.pointer);
        m.replace(slot, m.raw(quoted.substring(1, quoted.length() - 1)));
        return m.treeBytes();
      }
    },
    ESCAPED_UNICODE(false) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.node.isTextual());
        String text = slot.node.textValue();
        int at = m.random.nextInt(text.length() + 1);
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
          at--;
        }
        String escape = m.pick(ESCAPES);
        String before = m.quoted(text.substring(0, at));
        String after = m.quoted(text.substring(at));
        m.note("inserted %s at %s of %s", escape, at, slot.pointer);
        m.replace(
            slot, m.raw(before.substring(0, before.length() - 1) + escape + after.substring(1)));
        return m.treeBytes();
      }
    },
    RAW_BYTES(false) {
      @Override
      byte[] mutate(Mutator m) {
        byte[] base = m.baseBytes();
        byte[] sequence = m.pick(BYTE_SEQUENCES);
        int at;
        int choice = m.random.nextInt(4);
        if (choice == 0) {
          at = 0;
        } else if (choice == 1) {
          at = m.afterRandomQuote(base);
        } else {
          at = m.random.nextInt(base.length + 1);
        }
        m.note("inserted bytes %s at %s", Arrays.toString(sequence), at);
        return insert(base, at, sequence);
      }
    },
    REENCODE(false) {
      @Override
      byte[] mutate(Mutator m) {
        String encoding = m.pick(ENCODINGS);
        String text = (m.random.nextBoolean() ? "\uFEFF" : "") + new String(m.baseBytes(), UTF_8);
        byte[] bytes = text.getBytes(Charset.forName(encoding));
        m.note("encoded as %s%s", encoding, text.startsWith("\uFEFF") ? " with a BOM" : "");
        return m.random.nextBoolean() ? bytes : m.byteMutation(bytes);
      }
    },
    TRUNCATE(true) {
      @Override
      byte[] mutate(Mutator m) {
        byte[] base = m.baseBytes();
        int length = m.random.nextInt(base.length);
        m.note("truncated to %s of %s bytes", length, base.length);
        return Arrays.copyOf(base, length);
      }
    },
    FLIP_BITS(false) {
      @Override
      byte[] mutate(Mutator m) {
        byte[] bytes = m.baseBytes();
        int flips = 1 + m.random.nextInt(4);
        for (int i = 0; i < flips; i++) {
          int at = m.random.nextInt(bytes.length);
          int bit = m.random.nextInt(8);
          m.note("flipped bit %s of byte %s", bit, at);
          bytes[at] ^= (byte) (1 << bit);
        }
        return bytes;
      }
    },
    BYTE_EDITS(false) {
      @Override
      byte[] mutate(Mutator m) {
        return m.byteMutation(m.baseBytes());
      }
    },
    ARRAY_ELEMENTS(false) {
      @Override
      byte[] mutate(Mutator m) {
        Slot slot = m.slot(s -> s.node.isArray() && s.node.size() > 0);
        if (slot == null) {
          slot = m.slot(s -> s.node.isArray());
        }
        if (slot == null) {
          m.note("found no array");
          return m.treeBytes();
        }
        ArrayNode array = (ArrayNode) slot.node;
        int size = array.size();
        int i = size == 0 ? 0 : m.random.nextInt(size);
        int j = size == 0 ? 0 : m.random.nextInt(size);
        switch (size == 0 ? 0 : m.random.nextInt(5)) {
          case 0:
            m.note("emptied %s", slot.pointer);
            array.removeAll();
            break;
          case 1:
            m.note("duplicated %s/%s", slot.pointer, i);
            array.insert(i, array.get(i).deepCopy());
            break;
          case 2:
            m.note("swapped %s/%s and %s", slot.pointer, i, j);
            JsonNode a = array.get(i);
            array.set(i, array.get(j));
            array.set(j, a);
            break;
          case 3:
            m.note("removed %s/%s", slot.pointer, i);
            array.remove(i);
            break;
          default:
            m.note("inserted null into %s at %s", slot.pointer, i);
            array.insert(i, NullNode.getInstance());
            break;
        }
        return m.treeBytes();
      }
    },
    TIME_SHIFT(false) {
      @Override
      byte[] mutate(Mutator m) {
        List<Slot> instants = m.slots(s -> parse(s.node, Instant::parse) != null);
        List<Slot> dates = m.slots(s -> parse(s.node, LocalDate::parse) != null);
        if (instants.isEmpty() || m.random.nextInt(4) == 0) {
          LocalDate latest = LocalDate.MIN;
          for (Slot slot : dates) {
            LocalDate date = parse(slot.node, LocalDate::parse);
            latest = date.isAfter(latest) ? date : latest;
          }
          long days = ChronoUnit.DAYS.between(latest, LocalDate.MAX) - m.random.nextInt(30);
          m.note("moved %s dates %s days on", dates.size(), days);
          for (Slot slot : dates) {
            m.replace(
                slot,
                TextNode.valueOf(parse(slot.node, LocalDate::parse).plusDays(days).toString()));
          }
          return m.treeBytes();
        }
        Instant anchor = parse(m.pick(instants).node, Instant::parse);
        boolean later = m.random.nextBoolean();
        Instant end = later ? Instant.MAX : Instant.MIN;
        Duration shift =
            Duration.between(anchor, end)
                .plusMinutes(later ? -m.random.nextInt(300) : m.random.nextInt(300));
        m.note(
            "moved %s instants by %s, those beyond the ends of time to %s",
            instants.size(), shift, end);
        for (Slot slot : instants) {
          Instant instant = parse(slot.node, Instant::parse);
          boolean beyond =
              later
                  ? Duration.between(instant, end).compareTo(shift) < 0
                  : Duration.between(instant, end).compareTo(shift) > 0;
          m.replace(slot, TextNode.valueOf((beyond ? end : instant.plus(shift)).toString()));
        }
        return m.treeBytes();
      }
    },
    STACKED(false) {
      @Override
      byte[] mutate(Mutator m) {
        List<Mutation> treeMutations =
            ImmutableList.of(
                REMOVE_FIELD,
                RENAME_FIELD,
                CHANGE_TYPE,
                NUMBER_EDGE,
                STRING_EDGE,
                SWAP_CONTAINER,
                ESCAPED_UNICODE,
                ARRAY_ELEMENTS);
        int count = 2 + m.random.nextInt(3);
        byte[] bytes = null;
        for (int i = 0; i < count; i++) {
          Mutation mutation = m.pick(treeMutations);
          m.note("%s:", mutation);
          bytes = mutation.mutate(m);
          JsonNode tree = readTreeOrNull(bytes);
          if (tree == null || !tree.isObject() || !hasText(tree)) {
            break;
          }
          m.reset(tree);
        }
        return bytes;
      }
    };

    final boolean alwaysRejected;

    Mutation(boolean alwaysRejected) {
      this.alwaysRejected = alwaysRejected;
    }

    abstract byte[] mutate(Mutator m);
  }

  /** A node of a tree, with the container that holds it. */
  private static final class Slot {
    final JsonNode parent;
    final String field;
    final int index;
    final JsonNode node;
    final String pointer;
    final int depth;

    Slot(JsonNode parent, String field, int index, JsonNode node, String pointer, int depth) {
      this.parent = parent;
      this.field = field;
      this.index = index;
      this.node = node;
      this.pointer = pointer;
      this.depth = depth;
    }
  }

  /** Mutates one copy of an original document with one random source, logging what it did. */
  private static final class Mutator {
    final Random random;
    final Original original;
    final StringBuilder log = new StringBuilder();
    private final Map<String, String> raws = new LinkedHashMap<>();
    JsonNode root;
    private final boolean pretty;

    Mutator(Random random, Original original) {
      this.random = random;
      this.original = original;
      this.root = original.tree.deepCopy();
      this.pretty = random.nextInt(5) != 0;
    }

    void note(String format, Object... args) {
      if (log.length() > 0) {
        log.append("; ");
      }
      log.append(String.format(format, args));
    }

    <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    void reset(JsonNode tree) {
      root = tree;
    }

    /** The original bytes, as written or compact. */
    byte[] baseBytes() {
      return pretty ? original.bytes.clone() : write(original.tree, false);
    }

    byte[] treeBytes() {
      String json = new String(write(root, pretty), UTF_8);
      for (Map.Entry<String, String> raw : raws.entrySet()) {
        json = json.replace("\"" + raw.getKey() + "\"", raw.getValue());
      }
      return json.getBytes(UTF_8);
    }

    /** A placeholder node that is written as {@code json} verbatim. */
    JsonNode raw(String json) {
      return TextNode.valueOf(placeholder(json));
    }

    private String placeholder(String json) {
      String placeholder = "@@RAW" + raws.size() + "@@";
      raws.put(placeholder, json);
      return placeholder;
    }

    String quoted(String text) {
      try {
        return MAPPER.writeValueAsString(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A random slot satisfying {@code filter}, or null if none does. */
    Slot slot(Predicate<Slot> filter) {
      List<Slot> slots = slots(filter);
      return slots.isEmpty() ? null : pick(slots);
    }

    /** Every slot satisfying {@code filter}, in document order. */
    List<Slot> slots(Predicate<Slot> filter) {
      List<Slot> slots = new ArrayList<>();
      collect(null, null, -1, root, "", 1, slots);
      slots.removeIf(filter.negate());
      return slots;
    }

    private static void collect(
        JsonNode parent,
        String field,
        int index,
        JsonNode node,
        String pointer,
        int depth,
        List<Slot> slots) {
      slots.add(new Slot(parent, field, index, node, pointer, depth));
      if (node.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> entry = fields.next();
          collect(
              node,
              entry.getKey(),
              -1,
              entry.getValue(),
              pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1"),
              depth + 1,
              slots);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          collect(node, null, i, node.get(i), pointer + "/" + i, depth + 1, slots);
        }
      }
    }

    void replace(Slot slot, JsonNode value) {
      if (slot.parent == null) {
        root = value;
      } else if (slot.parent instanceof ObjectNode) {
        ((ObjectNode) slot.parent).set(slot.field, value);
      } else {
        ((ArrayNode) slot.parent).set(slot.index, value);
      }
    }

    /** Renames {@code field} of {@code object} in place to the raw quoted {@code name}. */
    void replaceKey(ObjectNode object, String field, String quotedName) {
      String key = placeholder(quotedName);
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      object.fields().forEachRemaining(entries::add);
      object.removeAll();
      for (Map.Entry<String, JsonNode> entry : entries) {
        object.set(entry.getKey().equals(field) ? key : entry.getKey(), entry.getValue());
      }
    }

    /** Inserts a field named by the raw quoted {@code name} at a random position. */
    void insertField(ObjectNode object, String quotedName, JsonNode value) {
      String key = placeholder(quotedName);
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      object.fields().forEachRemaining(entries::add);
      int at = random.nextInt(entries.size() + 1);
      object.removeAll();
      for (int i = 0; i <= entries.size(); i++) {
        if (i == at) {
          object.set(key, value);
        }
        if (i < entries.size()) {
          object.set(entries.get(i).getKey(), entries.get(i).getValue());
        }
      }
    }

    JsonNode randomValue(int depth) {
      switch (random.nextInt(depth > 2 ? 4 : 7)) {
        case 0:
          return TextNode.valueOf(pick(STRINGS));
        case 1:
          return random.nextBoolean()
              ? IntNode.valueOf(random.nextInt())
              : DoubleNode.valueOf(random.nextGaussian() * 1000);
        case 2:
          return BooleanNode.valueOf(random.nextBoolean());
        case 3:
          return NullNode.getInstance();
        case 4:
          ObjectNode object = NODES.objectNode();
          int fields = random.nextInt(3);
          for (int i = 0; i < fields; i++) {
            object.set(pick(FIELD_NAMES), randomValue(depth + 1));
          }
          return object;
        default:
          ArrayNode array = NODES.arrayNode();
          int elements = random.nextInt(3);
          for (int i = 0; i < elements; i++) {
            array.add(randomValue(depth + 1));
          }
          return array;
      }
    }

    JsonNode valueOfAnotherType(JsonNode node) {
      while (true) {
        JsonNode value = randomValue(0);
        if (value.getNodeType() != node.getNodeType()) {
          return value;
        }
      }
    }

    /** A text of {@code length} characters; the marker is only put where free text belongs. */
    String hugeText(int length, boolean freeText) {
      String unit =
          freeText && random.nextBoolean()
              ? RecordGenerator.MARKER + " "
              : pick(ImmutableList.of("x", "é", "日本", "\"\\\n"));
      StringBuilder text = new StringBuilder(length + unit.length());
      while (text.length() < length) {
        text.append(unit);
      }
      text.setLength(length);
      if (Character.isHighSurrogate(text.charAt(length - 1))) {
        text.setCharAt(length - 1, 'x');
      }
      return text.toString();
    }

    /** {@code depth} nested arrays or objects (or both), as JSON text. */
    String nesting(int depth) {
      int kind = random.nextInt(3);
      StringBuilder open = new StringBuilder();
      StringBuilder close = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        boolean array = kind == 0 || (kind == 2 && i % 2 == 0);
        open.append(array ? "[" : "{\"a\":");
        close.append(array ? ']' : '}');
      }
      return open + "1" + close.reverse();
    }

    int afterRandomQuote(byte[] bytes) {
      int start = random.nextInt(bytes.length);
      for (int i = 0; i < bytes.length; i++) {
        int at = (start + i) % bytes.length;
        if (bytes[at] == '"') {
          return at + 1;
        }
      }
      return start;
    }

    /** One random byte-level edit: insert, delete, overwrite with a structural byte, splice. */
    byte[] byteMutation(byte[] bytes) {
      int at = random.nextInt(bytes.length + 1);
      switch (random.nextInt(5)) {
        case 0:
          byte[] inserted = new byte[1 + random.nextInt(16)];
          random.nextBytes(inserted);
          note("inserted %s random bytes at %s", inserted.length, at);
          return insert(bytes, at, inserted);
        case 1:
          int length = Math.min(bytes.length - at, 1 + random.nextInt(32));
          note("deleted %s bytes at %s", length, at);
          return concat(
              Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + length, bytes.length));
        case 2:
          String structurals = "{}[]:,\"\\ 0-";
          byte structural = (byte) structurals.charAt(random.nextInt(structurals.length()));
          note("wrote '%s' at %s", (char) structural, at);
          if (at < bytes.length) {
            byte[] copy = bytes.clone();
            copy[at] = structural;
            return copy;
          }
          return insert(bytes, at, new byte[] {structural});
        case 3:
          note("inserted '\"' at %s", at);
          return insert(bytes, at, new byte[] {'"'});
        default:
          int from = random.nextInt(bytes.length);
          int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
          note("copied bytes %s..%s to %s", from, to, at);
          return insert(bytes, at, withoutMarker(Arrays.copyOfRange(bytes, from, to)));
      }
    }
  }

  // ---- bytes and trees

  private static String twin(JsonNode number) {
    double value = number.doubleValue();
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : number.asText() + "e0";
  }

  private static byte[] write(JsonNode tree, boolean pretty) {
    try {
      return pretty
          ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)
          : MAPPER.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readTree(byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readTreeOrNull(byte[] bytes) {
    try {
      JsonNode tree = MAPPER.readTree(bytes);
      return tree == null || tree.isMissingNode() ? null : tree;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@code slot} is a free-text value of the format. */
  private static boolean isFreeText(Slot slot) {
    return FREE_TEXT.matcher(slot.pointer).matches();
  }

  private static boolean containsMarker(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue().contains(RecordGenerator.MARKER);
    }
    for (JsonNode child : node) {
      if (containsMarker(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code bytes} with the marker blanked out: bytes copied elsewhere may land in an id or a field
   * name, whose echo in a message is by design.
   */
  private static byte[] withoutMarker(byte[] bytes) {
    byte[] marker = RecordGenerator.MARKER.getBytes(UTF_8);
    byte[] copy = bytes.clone();
    for (int i = 0; i + marker.length <= copy.length; i++) {
      if (Arrays.equals(copy, i, i + marker.length, marker, 0, marker.length)) {
        Arrays.fill(copy, i, i + marker.length, (byte) 'x');
      }
    }
    return copy;
  }

  /** The text of {@code node} parsed by {@code parser}, or null if it is not such a text. */
  private static <T> T parse(JsonNode node, Function<String, T> parser) {
    if (!node.isTextual()) {
      return null;
    }
    try {
      return parser.apply(node.textValue());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean hasText(JsonNode node) {
    if (node.isTextual()) {
      return true;
    }
    for (JsonNode child : node) {
      if (hasText(child)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
    out.write(bytes, 0, at);
    out.write(inserted, 0, inserted.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    return insert(first, first.length, second);
  }
}
