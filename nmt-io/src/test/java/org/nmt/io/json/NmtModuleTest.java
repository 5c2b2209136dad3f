package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

class NmtModuleTest {
  /** An application's own type holding nmt documents. */
  public static final class Chart {
    public String clinic;
    public List<ClientRecord> records;
    public ProtocolDefinition protocol;
  }

  @Test
  void anApplicationMapperRoundTripsDocumentsInsideItsOwnTypes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new NmtModule());
    Chart chart = new Chart();
    chart.clinic = "north";
    chart.records = List.of(SeedScenarios.hiker(), SeedScenarios.runner());
    chart.protocol = Protocols.stJohn();
    Chart read = mapper.readValue(mapper.writeValueAsBytes(chart), Chart.class);
    assertEquals(chart.records, read.records);
    assertEquals(chart.protocol, read.protocol);
  }

  @Test
  void theModuleWritesTheSameDocumentAsDocuments() throws Exception {
    ObjectMapper mapper = Documents.mapper();
    ClientRecord record = SeedScenarios.officeWorker();
    assertEquals(
        mapper.readTree(Documents.toBytes(record)),
        mapper.readTree(mapper.writeValueAsBytes(record)));
    assertEquals(record, mapper.readValue(Documents.toBytes(record), ClientRecord.class));
    assertEquals(
        MuscleCatalog.standard().muscles(),
        mapper
            .readValue(mapper.writeValueAsBytes(MuscleCatalog.standard()), MuscleCatalog.class)
            .muscles());
  }

  @Test
  void aBadDocumentIsADocumentExceptionAtItsStart() {
    String chart =
        "{\"clinic\":\"north\",\n\"protocol\":{\"kind\":\"protocol-definition\","
            + "\"formatVersion\":\"9.0\"}}";
    ObjectMapper mapper = new ObjectMapper().registerModule(new NmtModule());
    Exception e =
        assertThrows(Exception.class, () -> mapper.readValue(chart.getBytes(UTF_8), Chart.class));
    DocumentException cause =
        e instanceof DocumentException
            ? (DocumentException) e
            : assertInstanceOf(
                DocumentException.class,
                assertInstanceOf(JsonMappingException.class, e).getCause());
    assertEquals("/formatVersion", cause.pointer());
    assertEquals(2, cause.line());
    DocumentException root =
        assertThrows(
            DocumentException.class,
            () ->
                Documents.mapper()
                    .readValue(
                        "{\"kind\":\"muscle-catalog\"}".getBytes(UTF_8), ProtocolDefinition.class));
    assertEquals("/kind", root.pointer());
  }

  private static DocumentException cause(Exception e) {
    return e instanceof DocumentException
        ? (DocumentException) e
        : assertInstanceOf(DocumentException.class, e.getCause());
  }

  @Test
  void anApplicationMapperGetsTheSameChecksAsDocuments() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new NmtModule());
    String record = new String(Documents.toBytes(SeedScenarios.runner()), UTF_8);
    String wing = record.replaceFirst("\"muscle\" : \"piriformis\"", "\"muscle\" : \"wing\"");
    DocumentException muscle =
        cause(
            assertThrows(
                Exception.class, () -> mapper.readValue(wing.getBytes(UTF_8), ClientRecord.class)));
    assertEquals("unknown muscle id 'wing' in catalog nmt-standard 1.0", muscle.rule());
    DocumentException nulled =
        cause(
            assertThrows(
                Exception.class,
                () -> mapper.readValue("null".getBytes(UTF_8), ClientRecord.class)));
    assertEquals("a client-record document must not be null", nulled.rule());
    String duplicated =
        record.replaceFirst(
            "\"kind\" : \"client-record\",", "\"kind\" : \"client-record\", \"kind\" : \"x\",");
    Exception duplicate =
        assertThrows(
            Exception.class,
            () -> mapper.readValue(duplicated.getBytes(UTF_8), ClientRecord.class));
    assertTrue(
        String.valueOf(duplicate.getMessage()).contains("Duplicate field 'kind'"),
        duplicate.getMessage());
  }
}
