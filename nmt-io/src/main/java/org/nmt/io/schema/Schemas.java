package org.nmt.io.schema;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import org.nmt.io.json.DocumentKind;

/**
 * The JSON Schemas (draft 2020-12) of nmt documents, one per {@link DocumentKind}, shipped inside
 * this library.
 *
 * <p>Any JSON Schema validator can check a document against them, in Java or elsewhere. The schema
 * of a kind describes every field, type, enum value, range and pattern of the format in {@code
 * docs/FORMAT.md}; {@link org.nmt.io.json.Documents} checks more (unique ids, order in time,
 * muscles in the catalog, rules that span objects), so a document that the schema accepts may still
 * be refused by the reader. Every document this library writes passes the schema, as long as its
 * instants and dates fall in the years 0000 to 9999.
 *
 * <p>The treatment-plan, protocol-definition and muscle-catalog schemas share the definitions of
 * the client-record schema by a {@code $ref} to its {@link #id(DocumentKind) $id} ({@code
 * urn:nmt:schema:client-record:1.0#/$defs/client}): give a validator the client-record schema too,
 * or map each {@code $id} to its {@link #url(DocumentKind) url}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Schemas {
  /** The JSON Schema dialect every nmt schema declares in {@code $schema}: draft 2020-12. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private Schemas() {}

  /**
   * The {@code $id} of the schema of {@code kind}, a URN naming the kind and the format version
   * this library writes: {@code urn:nmt:schema:client-record:1.0}.
   */
  public static String id(DocumentKind kind) {
    checkNotNull(kind, "kind");
    return "urn:nmt:schema:" + kind.id() + ":" + kind.formatVersion();
  }

  /**
   * The location of the schema of {@code kind} inside this library (a {@code jar:} URL when it runs
   * from its jar), for validators that load schemas from a URL.
   *
   * @throws IllegalStateException if this library ships no schema for {@code kind}
   */
  public static URL url(DocumentKind kind) {
    URL url = Schemas.class.getResource(resourceName(kind));
    if (url == null) {
      throw missing(kind);
    }
    return url;
  }

  /**
   * The text of the schema of {@code kind}, a JSON document.
   *
   * @throws IllegalStateException if this library ships no schema for {@code kind}
   */
  public static String text(DocumentKind kind) {
    // Class.getResourceAsStream from a class of this module: the package need not be opened.
    try (InputStream in = Schemas.class.getResourceAsStream(resourceName(kind))) {
      if (in == null) {
        throw missing(kind);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name of the schema resource of {@code kind}, relative to this package. */
  static String resourceName(DocumentKind kind) {
    checkNotNull(kind, "kind");
    return kind.id() + ".schema.json";
  }

  private static IllegalStateException missing(DocumentKind kind) {
    return new IllegalStateException(
        "nmt-io ships no schema for document kind " + kind.id() + ": " + resourceName(kind));
  }
}
