package org.nmt.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.io.csv.Records.endurance;
import static org.nmt.io.csv.Records.exam;
import static org.nmt.io.csv.Records.movementGrade;
import static org.nmt.io.csv.Records.muscleGrade;
import static org.nmt.io.csv.Records.pain;
import static org.nmt.io.csv.Records.ppt;
import static org.nmt.io.csv.Records.record;
import static org.nmt.io.csv.Records.rom;
import static org.nmt.io.csv.Records.score;
import static org.nmt.io.csv.Records.session;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.RangeOfMotionNorm;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.reference.Source;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.SoapNote;
import org.nmt.core.stage.Stage;
import org.nmt.core.trigger.TriggerPointStatus;

class CsvExportTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final TissueLocation TRAPEZIUS = TissueLocation.of("upper-trapezius", Side.LEFT, "tp1");
  static final TissueLocation LEVATOR = TissueLocation.of("levator-scapulae", Side.RIGHT);

  /** A small record with one measurement of every kind, and free text that must not appear. */
  static ClientRecord small() {
    return record()
        .addAssessments(
            score("ndi-1", "2026-03-01T10:00:00Z", Questionnaire.NDI, 24),
            pain("pain-1", "2026-03-01T09:30:00Z", PainScale.NPRS, PainContext.WORST, 8))
        .addSessions(
            session("s1", "2026-03-02T09:00:00Z", 60, Stage.PAIN_ELIMINATION)
                .painBefore(7)
                .painAfter(4)
                .addTriggerPointExaminations(
                    exam(TRAPEZIUS, TriggerPointStatus.ACTIVE)
                        .referredPain(true)
                        .addReferralZonesObserved("temple, behind the \"eye\"")
                        .palpationPain(6)
                        .pressurePainThreshold(
                            PressurePainThreshold.ofKilogramsPerSquareCentimetre(2.5))
                        .build(),
                    exam(LEVATOR, TriggerPointStatus.NOT_CONFIRMED).build())
                .addAssessments(
                    rom(
                        "rom-1",
                        "2026-03-02T09:20:30.500Z",
                        Joint.CERVICAL,
                        Movement.ROTATION,
                        Side.LEFT,
                        MotionMode.ACTIVE,
                        60),
                    ppt("ppt-1", "2026-03-02T09:10:00Z", TRAPEZIUS, 2.4, 2.6, 2.75),
                    rom(
                        "rom-2",
                        "2026-03-02T09:25:00Z",
                        Joint.KNEE,
                        Movement.EXTENSION,
                        Side.RIGHT,
                        MotionMode.PASSIVE,
                        0),
                    pain("vas-1", "2026-03-02T09:30:00Z", PainScale.VAS, PainContext.NOW, 35))
                .note(SoapNote.builder().subjective("Neck stiff, worse at the desk").build())
                .build(),
            session("s2", "2026-03-09T23:30:00Z", 45, Stage.STRENGTH)
                .addAssessments(
                    muscleGrade("mmt-1", "2026-03-09T23:40:00Z", "gluteus-medius", Side.LEFT, 4),
                    movementGrade(
                        "mmt-2",
                        "2026-03-09T23:41:00Z",
                        Joint.HIP,
                        Movement.ABDUCTION,
                        Side.RIGHT,
                        5),
                    endurance(
                        "end-1",
                        "2026-03-09T23:50:00Z",
                        EnduranceTestKind.DEEP_NECK_FLEXOR,
                        Side.MIDLINE,
                        24.5),
                    endurance(
                        "end-2",
                        "2026-03-09T23:55:00Z",
                        EnduranceTestKind.SINGLE_LEG_HEEL_RAISE,
                        Side.RIGHT,
                        18),
                    StructuralEvaluation.builder()
                        .id(AssessmentId.of("se-1"))
                        .takenAt(Instant.parse("2026-03-09T23:59:00Z"))
                        .addPlanesEvaluated(Plane.SAGITTAL, Plane.CORONAL)
                        .addFindings(
                            PosturalFinding.builder()
                                .deviation(PosturalDeviation.FORWARD_HEAD)
                                .value(44)
                                .build(),
                            PosturalFinding.builder()
                                .deviation(PosturalDeviation.LEG_LENGTH_DIFFERENCE)
                                .value(8)
                                .side(Side.LEFT)
                                .build())
                        .build(),
                    score("odi-1", "2026-03-10T00:10:00Z", Questionnaire.ODI, 22))
                .painAfter(2)
                .build())
        .build();
  }

  static final String HEADER =
      "client,session,assessment,date,time,stage,measure,context,site,side,mode,reading,value,unit";

  @Test
  void writesTheHeaderAndOneRowPerMeasurementOfASmallRecord() {
    String expected =
        String.join(
            "\n",
            HEADER,
            "c-1,,pain-1,2026-03-01,09:30:00,,nprs,worst,,,,,8,points",
            "c-1,,ndi-1,2026-03-01,10:00:00,,ndi,,,,,,24,points",
            "c-1,s1,,2026-03-02,09:00:00,pain-elimination,nprs,before-session,,,,,7,points",
            "c-1,s1,,2026-03-02,09:00:00,pain-elimination,trigger-point-confirmed,,"
                + "upper-trapezius/tp1,left,,,1,flag",
            "c-1,s1,,2026-03-02,09:00:00,pain-elimination,trigger-point-active,,"
                + "upper-trapezius/tp1,left,,,1,flag",
            "c-1,s1,,2026-03-02,09:00:00,pain-elimination,nprs,palpation,"
                + "upper-trapezius/tp1,left,,,6,points",
            "c-1,s1,,2026-03-02,09:00:00,pain-elimination,pressure-pain-threshold,"
                + "trigger-point-examination,upper-trapezius/tp1,left,,,2.5,kg/cm2",
            "c-1,s1,,2026-03-02,09:00:00,pain-elimination,trigger-point-confirmed,,"
                + "levator-scapulae,right,,,0,flag",
            "c-1,s1,,2026-03-02,09:00:00,pain-elimination,trigger-point-active,,"
                + "levator-scapulae,right,,,0,flag",
            "c-1,s1,ppt-1,2026-03-02,09:10:00,pain-elimination,pressure-pain-threshold,,"
                + "upper-trapezius/tp1,left,,,2.58333333333333,kg/cm2",
            "c-1,s1,ppt-1,2026-03-02,09:10:00,pain-elimination,pressure-pain-threshold-reading,,"
                + "upper-trapezius/tp1,left,,1,2.4,kg/cm2",
            "c-1,s1,ppt-1,2026-03-02,09:10:00,pain-elimination,pressure-pain-threshold-reading,,"
                + "upper-trapezius/tp1,left,,2,2.6,kg/cm2",
            "c-1,s1,ppt-1,2026-03-02,09:10:00,pain-elimination,pressure-pain-threshold-reading,,"
                + "upper-trapezius/tp1,left,,3,2.75,kg/cm2",
            "c-1,s1,rom-1,2026-03-02,09:20:30.5,pain-elimination,range-of-motion-degrees,,"
                + "cervical/rotation,left,active,,60,degrees",
            "c-1,s1,rom-1,2026-03-02,09:20:30.5,pain-elimination,range-of-motion,,"
                + "cervical/rotation,left,active,,75,percent",
            "c-1,s1,rom-2,2026-03-02,09:25:00,pain-elimination,range-of-motion-degrees,,"
                + "knee/extension,right,passive,,0,degrees",
            "c-1,s1,vas-1,2026-03-02,09:30:00,pain-elimination,vas,now,,,,,35,mm",
            "c-1,s1,,2026-03-02,10:00:00,pain-elimination,nprs,after-session,,,,,4,points",
            "c-1,s2,mmt-1,2026-03-09,23:40:00,strength,mrc-grade,,gluteus-medius,left,,,4,grade",
            "c-1,s2,mmt-2,2026-03-09,23:41:00,strength,mrc-grade,,hip/abduction,right,,,5,grade",
            "c-1,s2,end-1,2026-03-09,23:50:00,strength,deep-neck-flexor-endurance,,,midline,,,"
                + "24.5,s",
            "c-1,s2,end-2,2026-03-09,23:55:00,strength,single-leg-heel-raise,,,right,,,"
                + "18,repetitions",
            "c-1,s2,se-1,2026-03-09,23:59:00,strength,forward-head,,,,,,44,degrees",
            "c-1,s2,se-1,2026-03-09,23:59:00,strength,leg-length-difference,,,left,,,8,mm",
            "c-1,s2,odi-1,2026-03-10,00:10:00,strength,odi,,,,,,22,percent",
            "c-1,s2,,2026-03-10,00:15:00,strength,nprs,after-session,,,,,2,points",
            "");
    assertEquals(expected, CsvExport.standard().toCsv(ImmutableList.of(small())));
  }

  @Test
  void writesTheNumberOfRowsNotCountingTheHeader() {
    assertEquals(26, CsvExport.standard().write(ImmutableList.of(small()), new StringWriter()));
    assertEquals(52, CsvExport.standard().write(Stream.of(small(), small()), new StringWriter()));
  }

  @Test
  void writesOnlyTheHeaderForNoRecords() {
    StringWriter out = new StringWriter();
    assertEquals(0, CsvExport.standard().write(ImmutableList.of(), out));
    assertEquals(HEADER + "\n", out.toString());
    assertEquals(
        HEADER + "\n",
        CsvExport.standard().toCsv(ImmutableList.of(record().build())),
        "a record without measurements has no rows");
  }

  @Test
  void columnsAreTheHeader() {
    assertEquals(ImmutableList.copyOf(HEADER.split(",")), CsvExport.columns());
  }

  @Test
  void writesTheGoldenHikerCsv() throws IOException {
    Path golden = GOLDEN.resolve("hiker.csv");
    String written = CsvExport.standard().toCsv(ImmutableList.of(SeedScenarios.hiker()));
    if (Boolean.getBoolean("nmt.golden.update")) {
      Files.writeString(golden, written);
    }
    assertEquals(Files.readString(golden), written, "regenerate with -Dnmt.golden.update=true");
  }

  @Test
  void exportsEverySeedScenarioWithTheSameNumberOfFieldsInEveryRow() throws IOException {
    StringWriter out = new StringWriter();
    long rows = CsvExport.standard().write(SeedScenarios.all(), out);
    List<String[]> lines = Csv.parseArrays(out.toString());
    assertEquals(rows + 1, lines.size());
    assertEquals(CsvExport.columns(), ImmutableList.copyOf(lines.get(0)));
    for (String[] line : lines) {
      assertEquals(CsvExport.columns().size(), line.length, String.join(",", line));
    }
    for (ClientRecord record : SeedScenarios.all()) {
      long own = CsvExport.standard().write(ImmutableList.of(record), new StringWriter());
      assertEquals(Csv.expectedRows(record, RangeOfMotionNorms.standard()), own);
      assertTrue(own > 50, record.client().id() + " exports " + own + " rows");
    }
  }

  @Test
  void readsBackWithTheSameLibraryAsTypedValues() throws IOException {
    List<ClientRecord> records = new ArrayList<>(SeedScenarios.all());
    records.add(small());
    List<Map<String, String>> rows = Csv.parseMaps(CsvExport.standard().toCsv(records));
    Set<String> clients = new HashSet<>();
    for (Map<String, String> row : rows) {
      Csv.checkRow(row);
      clients.add(row.get("client"));
    }
    assertEquals(Set.of("hiker-001", "office-001", "runner-001", "tmj-001", "c-1"), clients);
  }

  @Test
  void writesTheSameBytesToAnOutputStreamAndAWriterAndDoesNotCloseEither() {
    String csv = CsvExport.standard().toCsv(SeedScenarios.all());
    ClosingCheckingOutputStream bytes = new ClosingCheckingOutputStream();
    long rows = CsvExport.standard().write(SeedScenarios.all().stream(), bytes);
    assertEquals(csv, bytes.toString(StandardCharsets.UTF_8));
    assertFalse(bytes.closed);
    ClosingCheckingWriter text = new ClosingCheckingWriter();
    assertEquals(rows, CsvExport.standard().write(SeedScenarios.all().stream(), text));
    assertEquals(csv, text.toString());
    assertFalse(text.closed);
    ByteArrayOutputStream iterableBytes = new ByteArrayOutputStream();
    CsvExport.standard().write(SeedScenarios.all(), iterableBytes);
    assertEquals(csv, iterableBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void neverWritesFreeText() {
    List<ClientRecord> records = new ArrayList<>(SeedScenarios.all());
    records.add(small());
    String csv = CsvExport.standard().toCsv(records);
    List<String> texts = new ArrayList<>();
    for (ClientRecord record : records) {
      texts.addAll(Csv.freeText(record));
    }
    assertTrue(texts.size() > 40, "the records carry free text: " + texts.size());
    for (String text : texts) {
      assertFalse(csv.contains(text), text);
    }
    assertFalse(csv.contains(" "), "no field of the export holds a space");
    assertFalse(csv.contains("\""), "no field of the export needs quoting");
  }

  @Test
  void percentOfNormRowsFollowTheGivenNorms() {
    ClientRecord record = small();
    RangeOfMotionNorms kneeOnly =
        RangeOfMotionNorms.of(
            List.of(
                RangeOfMotionNorm.builder()
                    .joint(Joint.KNEE)
                    .movement(Movement.EXTENSION)
                    .degrees(10)
                    .source(Source.unconfirmed("test norm"))
                    .build()));
    List<Map<String, String>> rows =
        Csv.parseMaps(CsvExport.withNorms(kneeOnly).toCsv(ImmutableList.of(record)));
    List<String> percent = new ArrayList<>();
    for (Map<String, String> row : rows) {
      if (row.get("measure").equals("range-of-motion")) {
        percent.add(row.get("assessment") + " " + row.get("value") + " " + row.get("unit"));
      }
    }
    assertEquals(List.of("rom-2 0 percent"), percent);
    assertEquals(
        25,
        CsvExport.withNorms(RangeOfMotionNorms.of(List.of()))
            .write(ImmutableList.of(record), new StringWriter()));
  }

  @Test
  void rejectsNulls() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> CsvExport.withNorms(null));
    assertEquals("norms", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class,
            () -> CsvExport.standard().write((Iterable<ClientRecord>) null, new StringWriter()));
    assertEquals("records", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class,
            () -> CsvExport.standard().write(ImmutableList.of(small()), (Writer) null));
    assertEquals("out", e.getMessage());
    List<ClientRecord> withNull = new ArrayList<>();
    withNull.add(small());
    withNull.add(null);
    e =
        assertThrows(
            NullPointerException.class,
            () -> CsvExport.standard().write(withNull, new StringWriter()));
    assertEquals("records must not contain null", e.getMessage());
  }

  @Test
  void reportsAWriteFailureAsAnUncheckedIoException() {
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void close() {}
        };
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> CsvExport.standard().write(SeedScenarios.all(), failing));
    assertEquals("disk full", e.getCause().getMessage());
  }

  private static final class ClosingCheckingOutputStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class ClosingCheckingWriter extends StringWriter {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
