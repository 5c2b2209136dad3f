package org.nmt.io.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.internal.ByteOrderMark;
import org.nmt.io.internal.LeadingRecords;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.plan.TreatmentPlan;

/**
 * Reads and writes nmt documents, hardened against bad input.
 *
 * <p>Reading refuses anything but a well-formed document of the expected kind and a supported
 * format version: malformed JSON, duplicate keys, trailing tokens, unknown fields, coerced scalars
 * ({@code "7"} for 7), {@code null} values, instants, dates and durations in other spellings than
 * the canonical ones this class writes (UTC {@code 2026-03-02T09:00:00Z} of a four-digit year,
 * {@code 2026-03-02}, {@code PT1H30M}), format versions with leading zeros, a value repeated in a
 * set ({@code activityProfiles}, {@code joints}), nesting deeper than {@value #MAX_DEPTH}, strings
 * longer than {@value #MAX_STRING_LENGTH} characters, numbers longer than {@value
 * #MAX_NUMBER_LENGTH} digits and documents larger than {@value #MAX_DOCUMENT_BYTES} bytes, and
 * every value the domain model rejects. Each refusal is a {@link DocumentException} with the JSON
 * Pointer, line and column of the bad node; nothing else escapes, except an {@link IOException}
 * when a file cannot be read. Stateless and thread-safe.
 */
public final class Documents {
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 64;

  /** The longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The largest document accepted, in bytes. */
  public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** {@code MAJOR.MINOR}, each a number of up to four digits without leading zeros. */
  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  /** A location Jackson writes inside a message ({@code [Source: ...; line: 1, column: 5]}). */
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*; line: ([0-9]+), column: ([0-9]+)\\]");

  /** The text of a token Jackson did not recognise, which may be free text. */
  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("^Unrecognized token '.*?': ", Pattern.DOTALL);

  /** Jackson's refusal of a repeated name, which quotes the name: shown only as a field name. */
  private static final Pattern DUPLICATE_FIELD =
      Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // Jackson quotes the start of the input in some messages when this is on: free text.
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          // A stream handed to a write method belongs to the caller: flush it, never close it.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxDocumentLength(MAX_DOCUMENT_BYTES)
                  .build())
          .build();
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  /**
   * The factory of the streaming read: as {@link #FACTORY}, but the {@link Cursor} refuses a
   * repeated field itself, for free, where {@link #FACTORY} keeps a set of the names of every
   * object. Such a document is then refused as {@link #parse} refuses it, with Jackson's message.
   */
  private static final JsonFactory STREAMING =
      FACTORY
          .rebuild()
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // The same correctly rounded doubles as the JDK's parser, without a String for each.
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .build();

  /** Reads one value of a document, at the parser's token, as a tree: the document goes on. */
  static final ObjectReader VALUE_TREES =
      MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static {
    LeadingRecords.install(Documents::readLeadingRecord);
  }

  private Documents() {}

  /**
   * Reads a client record document whose muscles are those of the standard catalog.
   *
   * @throws DocumentException if the bytes are not a valid client record document
   */
  public static ClientRecord readRecord(byte[] json) {
    return readRecord(json, MuscleCatalog.standard());
  }

  /**
   * Reads a client record document whose muscles and trigger point sites are those of {@code
   * catalog}.
   *
   * @throws DocumentException if the bytes are not a valid client record document
   */
  public static ClientRecord readRecord(byte[] json, MuscleCatalog catalog) {
    return read(
        json,
        DocumentKind.CLIENT_RECORD,
        document -> CatalogCheck.checked(RecordCodec.readRecord(document), catalog));
  }

  /**
   * Reads the client record document in {@code length} bytes of {@code json} from {@code offset},
   * whose muscles and trigger point sites are those of {@code catalog}: as {@link
   * #readRecord(byte[], MuscleCatalog)} reads those bytes alone, without copying them (a reader of
   * many documents in one buffer, as a cohort's lines, need not copy each one out).
   *
   * @throws DocumentException if the bytes are not a valid client record document
   * @throws IndexOutOfBoundsException if the range is not inside {@code json}
   */
  public static ClientRecord readRecord(
      byte[] json, int offset, int length, MuscleCatalog catalog) {
    checkNotNull(json, "json");
    checkPositionIndexes(offset, offset + length, json.length);
    checkNotNull(catalog, "catalog");
    return read(
        json,
        offset,
        length,
        DocumentKind.CLIENT_RECORD,
        document -> CatalogCheck.checked(RecordCodec.readRecord(document), catalog));
  }

  /**
   * The kind of the document in {@code json}, from its {@code kind} field, for a caller that reads
   * documents of several kinds: it checks that the bytes are well-formed JSON within this class's
   * limits and an object with a known {@code kind}, and nothing else; the reading method of the
   * kind checks the rest.
   *
   * @throws DocumentException if the bytes are not a JSON object within the limits, or its {@code
   *     kind} is missing, not a string or not a known kind (at {@code /kind})
   */
  public static DocumentKind kindOf(byte[] json) {
    checkNotNull(json, "json");
    JsonNode tree = parse(json);
    try {
      if (!tree.isObject()) {
        throw DocumentException.at("", "must be an object, not " + Cursor.type(tree));
      }
      JsonNode kindNode = tree.get("kind");
      if (kindNode == null) {
        throw DocumentException.at("/kind", "required field is missing");
      }
      if (!kindNode.isTextual()) {
        throw DocumentException.at("/kind", "must be a string, not " + Cursor.type(kindNode));
      }
      String kind = kindNode.textValue();
      return DocumentKind.fromId(kind)
          .orElseThrow(
              () ->
                  DocumentException.at(
                      "/kind",
                      "unknown kind '"
                          + Cursor.shorten(kind)
                          + "'; known kinds: "
                          + Arrays.stream(DocumentKind.values())
                              .map(DocumentKind::id)
                              .collect(Collectors.joining(", "))));
    } catch (DocumentException e) {
      throw locate(e, json);
    }
  }

  /**
   * Reads a protocol definition document.
   *
   * @throws DocumentException if the bytes are not a valid protocol definition document
   */
  public static ProtocolDefinition readProtocol(byte[] json) {
    return read(json, DocumentKind.PROTOCOL_DEFINITION, ProtocolCodec::read);
  }

  /**
   * Reads a treatment plan document whose muscles are those of the standard catalog.
   *
   * @throws DocumentException if the bytes are not a valid treatment plan document
   */
  public static TreatmentPlan readPlan(byte[] json) {
    return readPlan(json, MuscleCatalog.standard());
  }

  /**
   * Reads a treatment plan document whose muscles and trigger point sites are those of {@code
   * catalog}.
   *
   * @throws DocumentException if the bytes are not a valid treatment plan document
   */
  public static TreatmentPlan readPlan(byte[] json, MuscleCatalog catalog) {
    return read(
        json,
        DocumentKind.TREATMENT_PLAN,
        document -> CatalogCheck.checked(PlanCodec.read(document), catalog));
  }

  /**
   * Reads a muscle catalog document.
   *
   * @throws DocumentException if the bytes are not a valid muscle catalog document
   */
  public static MuscleCatalog readCatalog(byte[] json) {
    return read(json, DocumentKind.MUSCLE_CATALOG, CatalogCodec::read);
  }

  /**
   * Reads the client record document in {@code file}, whose muscles are those of the standard
   * catalog; see {@link #readRecord(Path, MuscleCatalog)}.
   *
   * @throws DocumentException if the file is not a valid client record document
   * @throws IOException if the file cannot be read
   */
  public static ClientRecord readRecord(Path file) throws IOException {
    return readRecord(file, MuscleCatalog.standard());
  }

  /**
   * Reads the client record document in {@code file}, whose muscles and trigger point sites are
   * those of {@code catalog}.
   *
   * <p>A file larger than {@value #MAX_DOCUMENT_BYTES} bytes is refused by its size, before any of
   * it is read, and a file that grows past that size while it is read (or a device that reports no
   * size) is refused once that many bytes have been read. A file that cannot be read is an I/O
   * problem, not a document problem: it throws {@link IOException}, never {@link
   * DocumentException}.
   *
   * @throws DocumentException if the file is not a valid client record document
   * @throws IOException if the file cannot be read (missing, a directory, not permitted)
   */
  public static ClientRecord readRecord(Path file, MuscleCatalog catalog) throws IOException {
    checkNotNull(catalog, "catalog");
    return readRecord(readBytes(file), catalog);
  }

  /**
   * The bytes of {@code file}, for one of the reading methods; a file larger than {@value
   * #MAX_DOCUMENT_BYTES} bytes is refused as {@link #readRecord(Path, MuscleCatalog)} refuses it,
   * before any of it is read, or once that many bytes have been read when it grows or its size is
   * unknown.
   *
   * @throws DocumentException if the file is larger than {@value #MAX_DOCUMENT_BYTES} bytes
   * @throws IOException if the file cannot be read (missing, a directory, not permitted)
   */
  public static byte[] readBytes(Path file) throws IOException {
    checkNotNull(file, "file");
    long size = Files.size(file);
    if (size > MAX_DOCUMENT_BYTES) {
      throw tooLarge(size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > MAX_DOCUMENT_BYTES) {
        throw tooLarge(Math.max(bytes.length, Files.size(file)));
      }
      return bytes;
    }
  }

  private static DocumentException tooLarge(long size) {
    return new DocumentException(
        "", 0, 0, "document larger than " + MAX_DOCUMENT_BYTES + " bytes: " + size);
  }

  /**
   * Writes {@code record} as a client record document to {@code out}, UTF-8, pretty-printed; {@code
   * out} is flushed, not closed.
   */
  public static void write(ClientRecord record, OutputStream out) {
    write(out, DocumentKind.CLIENT_RECORD, o -> RecordCodec.writeRecordBody(o, record));
  }

  /** Writes {@code definition} as a protocol definition document, UTF-8, pretty-printed. */
  public static void write(ProtocolDefinition definition, OutputStream out) {
    write(out, DocumentKind.PROTOCOL_DEFINITION, o -> ProtocolCodec.writeBody(o, definition));
  }

  /** Writes {@code plan} as a treatment plan document, UTF-8, pretty-printed. */
  public static void write(TreatmentPlan plan, OutputStream out) {
    write(out, DocumentKind.TREATMENT_PLAN, o -> PlanCodec.writeBody(o, plan));
  }

  /** Writes {@code catalog} as a muscle catalog document, UTF-8, pretty-printed. */
  public static void write(MuscleCatalog catalog, OutputStream out) {
    write(out, DocumentKind.MUSCLE_CATALOG, o -> CatalogCodec.writeBody(o, catalog));
  }

  /** {@code record} as the bytes of a client record document. */
  public static byte[] toBytes(ClientRecord record) {
    return bytes(out -> write(record, out));
  }

  /** {@code definition} as the bytes of a protocol definition document. */
  public static byte[] toBytes(ProtocolDefinition definition) {
    return bytes(out -> write(definition, out));
  }

  /** {@code plan} as the bytes of a treatment plan document. */
  public static byte[] toBytes(TreatmentPlan plan) {
    return bytes(out -> write(plan, out));
  }

  /** {@code catalog} as the bytes of a muscle catalog document. */
  public static byte[] toBytes(MuscleCatalog catalog) {
    return bytes(out -> write(catalog, out));
  }

  private static byte[] bytes(Consumer<OutputStream> writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer.accept(bytes);
    return bytes.toByteArray();
  }

  private static void write(OutputStream out, DocumentKind kind, Consumer<Out> body) {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(new DocumentPrettyPrinter());
      document(json, kind, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code record} as a client record document to {@code out}, UTF-8, compact: the same
   * document as {@link #write(ClientRecord, OutputStream)}, on one line without whitespace and
   * without a line break at the end. Every line break inside a string is escaped, so the document
   * never spans lines: this is the line format of an NDJSON cohort. Neither flushes nor closes
   * {@code out}.
   */
  public static void writeCompact(ClientRecord record, OutputStream out) {
    try (JsonGenerator json =
        FACTORY
            .createGenerator(out, JsonEncoding.UTF8)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)) {
      document(json, DocumentKind.CLIENT_RECORD, o -> RecordCodec.writeRecordBody(o, record));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void document(JsonGenerator json, DocumentKind kind, Consumer<Out> body) {
    Out o = new Out(json).start();
    header(o, kind);
    body.accept(o);
    o.end();
  }

  static void header(Out out, DocumentKind kind) {
    out.text("kind", kind.id()).text("formatVersion", kind.formatVersion());
  }

  /**
   * Reads a document of one kind from a {@link Cursor} at its object, whose header (kind and format
   * version) is checked already: the decoder reads it as the {@link Cursor.Fields} of its body
   * declare, with {@code kind} and {@code formatVersion} among them.
   */
  @FunctionalInterface
  interface Decoder<T> {
    T read(Cursor document);
  }

  /**
   * Reads the document {@code json} of {@code kind} with {@code decoder}, as it streams when it
   * starts with its kind and a format version of the current major one, as nmt writes it, and
   * otherwise from its tree (after a migration, if its version needs one). Either way a document is
   * refused as it was when it was parsed whole before it was decoded: a malformed or oversized
   * document is refused as such, whatever else is wrong with it (only a refusal pays for that
   * check).
   */
  static <T> T read(byte[] json, DocumentKind kind, Decoder<T> decoder) {
    return read(json, 0, json.length, kind, decoder);
  }

  /**
   * Reads the document in {@code length} bytes of {@code json} from {@code offset}, as {@link
   * #read(byte[], DocumentKind, Decoder)}; only a document read from its tree or refused is copied
   * out of {@code json}.
   */
  static <T> T read(byte[] json, int offset, int length, DocumentKind kind, Decoder<T> decoder) {
    if (length > MAX_DOCUMENT_BYTES || notUtf8(json, offset, length)) {
      checkSizeAndEncoding(Arrays.copyOfRange(json, offset, offset + length));
    }
    try (JsonParser parser = STREAMING.createParser(json, offset, length)) {
      Cursor document = new Cursor(parser);
      if (!currentHeader(document, kind)) {
        byte[] whole = Arrays.copyOfRange(json, offset, offset + length);
        JsonNode tree = parse(whole);
        try {
          return decode(tree, kind, decoder);
        } catch (DocumentException e) {
          throw locate(fromNewerMinor(e, tree, kind), whole);
        }
      }
      T value = decoder.read(document);
      if (document.next() != null) {
        parse(Arrays.copyOfRange(json, offset, offset + length));
        throw new IllegalStateException("trailing tokens after a document that parses whole");
      }
      return value;
    } catch (DocumentException e) {
      byte[] whole = Arrays.copyOfRange(json, offset, offset + length);
      throw locate(fromNewerMinor(e, parse(whole), kind), whole);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record of the document that starts at {@code json[offset]}, its opening brace, and ends on
   * that line, before {@code offset + length}, or {@code null}: for a cohort's lines, read in place
   * without first finding where each ends (see {@link LeadingRecords#read}).
   */
  private static ClientRecord readLeadingRecord(
      byte[] json, int offset, int length, MuscleCatalog catalog, int[] end) {
    if (length < 2 || json[offset] != '{' || notUtf8(json, offset, length)) {
      return null;
    }
    try (JsonParser parser = STREAMING.createParser(json, offset, length)) {
      Cursor document = new Cursor(parser);
      if (!currentHeader(document, DocumentKind.CLIENT_RECORD)) {
        return null;
      }
      ClientRecord record = CatalogCheck.checked(RecordCodec.readRecord(document), catalog);
      JsonLocation after = parser.currentLocation();
      if (after.getLineNr() != 1 || after.getByteOffset() < 2) {
        return null;
      }
      end[0] = offset + (int) after.getByteOffset();
      return record;
    } catch (DocumentException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the document at {@code document} starts with its {@code kind} and a format version of
   * the current major one, read past them if so: the common case, read as it streams.
   */
  private static boolean currentHeader(Cursor document, DocumentKind kind) {
    if (document.next() != JsonToken.START_OBJECT
        || document.next() != JsonToken.FIELD_NAME
        || !document.currentName().equals("kind")
        || document.next() != JsonToken.VALUE_STRING
        || !document.text().equals(kind.id())
        || document.next() != JsonToken.FIELD_NAME
        || !document.currentName().equals("formatVersion")
        || document.next() != JsonToken.VALUE_STRING) {
      return false;
    }
    String version = document.text();
    if (!version.equals(kind.formatVersion())) {
      Matcher matcher = VERSION.matcher(version);
      if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != kind.major()) {
        return false;
      }
    }
    document.resume("kind", "formatVersion");
    return true;
  }

  /**
   * {@code e}, an unknown field of a document whose minor format version is newer than this
   * reader's, with the reason said: a minor version adds optional fields, which this reader does
   * not know; any other refusal as it is.
   */
  private static DocumentException fromNewerMinor(
      DocumentException e, JsonNode tree, DocumentKind kind) {
    JsonNode version = tree.get("formatVersion");
    if (!e.rule().startsWith("unknown field") || version == null || !version.isTextual()) {
      return e;
    }
    Matcher matcher = VERSION.matcher(version.textValue());
    if (!matcher.matches()
        || Integer.parseInt(matcher.group(1)) != kind.major()
        || Integer.parseInt(matcher.group(2)) <= kind.minor()) {
      return e;
    }
    return new DocumentException(
        e.pointer(),
        e.line(),
        e.column(),
        e.rule()
            + "; the document's format version "
            + version.textValue()
            + " is newer than this reader's "
            + kind.formatVersion()
            + ", whose fields it may use: upgrade nmt");
  }

  /** Decodes an already parsed document of {@code kind}; errors carry no line yet. */
  static <T> T decode(JsonNode tree, DocumentKind kind, Decoder<T> decoder) {
    return decode(tree, kind, decoder, Migrations.STANDARD);
  }

  /** As {@link #decode(JsonNode, DocumentKind, Decoder)}, with {@code migrations}. */
  static <T> T decode(JsonNode tree, DocumentKind kind, Decoder<T> decoder, Migrations migrations) {
    Cursor document = new Cursor(upgraded(tree, kind, migrations).traverse(MAPPER));
    document.next();
    return decoder.read(document);
  }

  /**
   * {@code tree}, a document of {@code kind} of the current major version: its header checked, and
   * migrated if its major version is older.
   */
  private static JsonNode upgraded(JsonNode tree, DocumentKind kind, Migrations migrations) {
    int major = checkHeader(tree, kind);
    if (major == kind.major()) {
      return tree;
    }
    String version = tree.get("formatVersion").textValue();
    return migrations
        .upgrade(kind, major, (ObjectNode) tree)
        .orElseThrow(
            () ->
                DocumentException.at(
                    "/formatVersion",
                    "format version " + version + " has no migration to " + kind.formatVersion()));
  }

  /**
   * A new {@link ObjectMapper} with {@link NmtModule} registered and the reading limits of this
   * class: duplicate keys, trailing tokens and oversized input rejected. Thread-safe once
   * configured, as Jackson's mappers are.
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder(FACTORY.copy())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .addModule(new NmtModule())
        .build();
  }

  static JsonNode parse(byte[] json) {
    checkSizeAndEncoding(json);
    JsonParser parser = createParser(json);
    try (parser) {
      JsonNode tree = MAPPER.readTree(parser);
      if (tree == null || tree.isMissingNode()) {
        throw new DocumentException("", 1, 1, "empty document");
      }
      return tree;
    } catch (StreamConstraintsException e) {
      throw fromJackson(e, parser, "document exceeds a size limit: ");
    } catch (IOException e) {
      // JsonProcessingException, and the CharConversionException of a bad UTF-16 or UTF-32 input.
      throw fromJackson(e, parser, "malformed JSON: ");
    }
  }

  private static void checkSizeAndEncoding(byte[] json) {
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw tooLarge(json.length);
    }
    if (notUtf8(json)) {
      throw new DocumentException("", 1, 1, "document must be UTF-8 (found UTF-16 or UTF-32)");
    }
    if (onlyByteOrderMark(json)) {
      // Jackson reads the mark's second byte as the start of a token when nothing follows it
      throw new DocumentException("", 1, 1, "empty document");
    }
  }

  /** Whether {@code json} is a UTF-8 byte order mark and nothing else but JSON white space. */
  private static boolean onlyByteOrderMark(byte[] json) {
    if (!ByteOrderMark.startsWith(json, 0, json.length)) {
      return false;
    }
    for (int i = ByteOrderMark.LENGTH; i < json.length; i++) {
      if (json[i] != ' ' && json[i] != '\t' && json[i] != '\n' && json[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private static JsonParser createParser(byte[] json) {
    try {
      return MAPPER.createParser(json);
    } catch (IOException e) {
      throw new DocumentException("", 1, 1, "malformed JSON: " + reason(e));
    }
  }

  /** Whether {@code json} starts as UTF-16 or UTF-32 does: a byte-order mark or a zero byte. */
  private static boolean notUtf8(byte[] json) {
    return notUtf8(json, 0, json.length);
  }

  private static boolean notUtf8(byte[] json, int offset, int length) {
    if (length >= 2) {
      int first = json[offset] & 0xff;
      int second = json[offset + 1] & 0xff;
      return first == 0
          || second == 0
          || (first == 0xfe && second == 0xff)
          || (first == 0xff && second == 0xfe);
    }
    return length == 1 && json[offset] == 0;
  }

  /**
   * {@code e} at the parser's position: Jackson locates its parse errors, but not its size limit
   * errors or the decoding errors of its readers.
   */
  static DocumentException fromJackson(IOException e, JsonParser parser, String prefix) {
    String reason = reason(e);
    JsonStreamContext context = parser.getParsingContext();
    if (reason.startsWith("Name length") && context.getParent() != null) {
      // The context still names the previous field; the long name belongs to the object.
      context = context.getParent();
    }
    JsonLocation location =
        e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
    if (location == null || location.getLineNr() < 1) {
      location = parser.currentTokenLocation();
    }
    if (location == null || location.getLineNr() < 1) {
      location = parser.currentLocation();
    }
    boolean located = location != null && location.getLineNr() > 0;
    return new DocumentException(
        ShownNames.pointer(context),
        located ? location.getLineNr() : 0,
        located ? Math.max(1, location.getColumnNr()) : 0,
        prefix + reason);
  }

  /** Jackson's message for {@code e}, without input text and at most about 200 characters. */
  private static String reason(IOException e) {
    String reason =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : e.getMessage();
    if (reason == null) {
      return e.getClass().getSimpleName();
    }
    reason = UNRECOGNIZED_TOKEN.matcher(reason).replaceFirst("Unrecognized token: ");
    reason = JACKSON_LOCATION.matcher(reason).replaceAll("line $1, column $2");
    Matcher duplicate = DUPLICATE_FIELD.matcher(reason);
    if (duplicate.matches()) {
      reason = "Duplicate field " + ShownNames.quoted(duplicate.group(1));
    }
    return reason.length() > 200 ? reason.substring(0, 200) + "..." : reason;
  }

  /** Checks kind and version; returns the document's major version (at most the current one). */
  private static int checkHeader(JsonNode document, DocumentKind expected) {
    if (!document.isObject()) {
      throw DocumentException.at("", "must be an object, not " + Cursor.type(document));
    }
    String kind = headerText(document, "kind");
    if (!kind.equals(expected.id())) {
      throw DocumentException.at(
          "/kind",
          "expected a "
              + expected.id()
              + " document, not "
              + (DocumentKind.fromId(kind).isPresent()
                  ? "a " + kind + " document"
                  : "unknown kind '" + Cursor.shorten(kind) + "'"));
    }
    String version = headerText(document, "formatVersion");
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw DocumentException.at(
          "/formatVersion", "must be MAJOR.MINOR: '" + Cursor.shorten(version) + "'");
    }
    int major = Integer.parseInt(matcher.group(1));
    if (major > expected.major()) {
      throw DocumentException.at(
          "/formatVersion",
          "format version "
              + version
              + " is newer than this reader supports ("
              + expected.major()
              + ".x); upgrade nmt");
    }
    return major;
  }

  private static String headerText(JsonNode document, String name) {
    JsonNode value = document.get(name);
    if (value == null) {
      throw DocumentException.at("/" + name, "required field is missing");
    }
    if (value.isNull()) {
      throw DocumentException.at("/" + name, "must not be null");
    }
    if (!value.isTextual()) {
      throw DocumentException.at("/" + name, "must be a string, not " + Cursor.type(value));
    }
    return value.textValue();
  }

  /**
   * Finds the line and column of {@code e}'s pointer (or of its nearest existing ancestor, for a
   * missing field) by scanning {@code json} again; errors are rare, so only they pay for it.
   */
  static DocumentException locate(DocumentException e, byte[] json) {
    if (e.line() > 0) {
      return e;
    }
    String target = e.pointer();
    while (true) {
      JsonLocation location = find(json, target);
      if (location != null) {
        return e.locatedAt(location.getLineNr(), location.getColumnNr());
      }
      if (target.isEmpty()) {
        return e;
      }
      target = target.substring(0, target.lastIndexOf('/'));
    }
  }

  private static JsonLocation find(byte[] json, String pointer) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        if (parser.getParsingContext().pathAsPointer().toString().equals(pointer)
            || (pointer.isEmpty() && token.isStructStart())) {
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException ignored) {
      // The document parsed once; a second pass cannot fail differently. No location then.
    }
    return null;
  }
}
