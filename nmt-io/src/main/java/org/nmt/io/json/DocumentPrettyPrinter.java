package org.nmt.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Serializable;

/**
 * The pretty printing of nmt documents: byte for byte what Jackson's {@link DefaultPrettyPrinter}
 * writes with objects indented by {@link #INDENTER}, with the line break and indentation of each
 * nesting level and the {@code " : "} between a field's name and value written as ready UTF-8
 * bytes, where the default printer encodes them character by character for every field. Lines end
 * with a line feed on every platform: Jackson's default ends them with the system's line separator,
 * which would make a document written on Windows differ from the same document written elsewhere.
 * Not thread-safe: one per document, like the default printer.
 */
final class DocumentPrettyPrinter extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;

  /** The levels whose line break and indentation are ready; deeper levels are written as usual. */
  private static final int READY_LEVELS = 32;

  private static final SerializableString NAME_VALUE_SEPARATOR = new SerializedString(" : ");

  /** Two spaces per level, each line ended by a line feed ({@code "\n"}) whatever the platform. */
  static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  DocumentPrettyPrinter() {
    indentObjectsWith(new ReadyIndenter());
  }

  @Override
  public DocumentPrettyPrinter createInstance() {
    return new DocumentPrettyPrinter();
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(NAME_VALUE_SEPARATOR);
  }

  /** {@link #INDENTER} with each level's text encoded once. */
  private static final class ReadyIndenter implements DefaultPrettyPrinter.Indenter, Serializable {
    private static final long serialVersionUID = 1L;
    private static final DefaultIndenter DEFAULT = INDENTER;
    private static final SerializableString[] LEVELS = levels();

    @Override
    public boolean isInline() {
      return false;
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (level < LEVELS.length) {
        g.writeRaw(LEVELS[level]);
      } else {
        DEFAULT.writeIndentation(g, level);
      }
    }

    private static SerializableString[] levels() {
      SerializableString[] levels = new SerializableString[READY_LEVELS];
      for (int level = 0; level < levels.length; level++) {
        levels[level] = new SerializedString(DEFAULT.getEol() + DEFAULT.getIndent().repeat(level));
      }
      return levels;
    }
  }
}
