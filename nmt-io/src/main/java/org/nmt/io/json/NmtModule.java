package org.nmt.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.plan.TreatmentPlan;

/**
 * A Jackson module that maps nmt's documents (client record, treatment plan, protocol definition,
 * muscle catalog) to and from JSON in the format of {@code docs/FORMAT.md}; register it once on an
 * application's own {@code ObjectMapper}.
 *
 * <p>Each document is written with its kind and format version and read with the same checks as
 * {@link Documents}, including the muscle catalog and duplicate keys; {@code null} is refused; a
 * bad document raises {@link DocumentException} with the pointer relative to the document and the
 * line and column where the document starts (a Jackson mapper may wrap it in a {@code
 * JsonMappingException} when the document is nested in an application's own type). For hardened
 * parsing limits, read with {@link Documents#mapper()} or {@link Documents} itself.
 */
public final class NmtModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A new module whose records and plans name muscles of the standard catalog. */
  public NmtModule() {
    this(MuscleCatalog.standard());
  }

  /** A new module whose records and plans name muscles and sites of {@code catalog}. */
  public NmtModule(MuscleCatalog catalog) {
    super("nmt", new Version(1, 0, 0, null, "org.nmt", "nmt-io"));
    checkNotNull(catalog, "catalog");
    register(
        ClientRecord.class,
        DocumentKind.CLIENT_RECORD,
        tree ->
            Documents.decode(
                tree,
                DocumentKind.CLIENT_RECORD,
                in -> CatalogCheck.checked(RecordCodec.readRecord(in), catalog)),
        RecordCodec::writeRecordBody);
    register(
        TreatmentPlan.class,
        DocumentKind.TREATMENT_PLAN,
        tree ->
            Documents.decode(
                tree,
                DocumentKind.TREATMENT_PLAN,
                in -> CatalogCheck.checked(PlanCodec.read(in), catalog)),
        PlanCodec::writeBody);
    register(
        ProtocolDefinition.class,
        DocumentKind.PROTOCOL_DEFINITION,
        tree -> Documents.decode(tree, DocumentKind.PROTOCOL_DEFINITION, ProtocolCodec::read),
        ProtocolCodec::writeBody);
    register(
        MuscleCatalog.class,
        DocumentKind.MUSCLE_CATALOG,
        tree -> Documents.decode(tree, DocumentKind.MUSCLE_CATALOG, CatalogCodec::read),
        CatalogCodec::writeBody);
  }

  private <T> void register(
      Class<T> type, DocumentKind kind, Function<JsonNode, T> reader, BiConsumer<Out, T> writer) {
    addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator json, SerializerProvider provider) {
            Out out = new Out(json).start();
            Documents.header(out, kind);
            writer.accept(out, value);
            out.end();
          }
        });
    addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            // Duplicate keys are refused in the document whatever the application's mapper does.
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode tree = parser.readValueAsTree();
            try {
              return reader.apply(tree);
            } catch (DocumentException e) {
              throw e.line() > 0
                  ? e
                  : e.locatedAt(Math.max(0, start.getLineNr()), Math.max(0, start.getColumnNr()));
            }
          }

          @Override
          public T getNullValue(DeserializationContext context) {
            throw new DocumentException("", 0, 0, "a " + kind.id() + " document must not be null");
          }
        });
  }
}
