package org.nmt.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.CaseFormat;
import java.io.IOException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nmt.core.style.EnumIds;

/**
 * A strict reader of one document over Jackson's streaming parser: objects are read field by field
 * in document order against their declared {@link Fields}, and each value with typed methods that
 * refuse missing required fields (at the object's end), {@code null}, wrong types (no coercion:
 * {@code "7"} is not a number), unknown fields, times in other spellings than the canonical ones
 * nmt writes, repeated values in sets and values the domain model rejects, each failure a {@link
 * DocumentException} at the exact JSON Pointer. The pointer is kept as a stack of names and indices
 * and spelled out only for an error. A field repeated in an object is refused too, from the mask of
 * the fields seen; {@link Documents} then refuses the document with Jackson's message, as a parser
 * that detects duplicates itself would.
 *
 * <p>An object whose type comes later than its first field ({@link #discriminated}), and a document
 * that needs a migration, are read as trees first and then through the same methods, from the
 * tree's own parser ({@link #fromTree}): there is one decoder of each kind of object.
 *
 * <p>Each reading method starts at the current token, the first of its value, and leaves the parser
 * at the value's last token. Not thread-safe: one cursor reads one document.
 */
final class Cursor {
  /**
   * The declared fields of an object, some of them required: at most 64, few enough to look up one
   * by one. Each field has a constant of type {@code F} that a reader is given for it: its name,
   * for fields declared by name; an enum constant, for fields declared by an enum, which a reader
   * then dispatches on with an {@code int} switch rather than a {@code String} one. Thread-safe,
   * and immutable but for {@link #follows}, a guess of the field order that any thread may update.
   *
   * @param <F> the type of the constant a reader is given for each field
   */
  static final class Fields<F> {
    private final String[] names;
    private final F[] constants;
    private final SerializedString[] serialized;
    private final int[] required;
    private final long nullable;

    /**
     * The field expected after each field (at {@code [i + 1]}) and first (at {@code [0]}): the next
     * one declared, until a document has an optional field missing there, and then the one that
     * came instead. A guess, checked as the name is read, so a stale one read by another thread is
     * merely wrong: a benign race, as {@link String#hashCode}'s cache is. It is written only when
     * it was wrong, so documents that all have the same fields read it without writing; objects
     * whose optional fields differ from one to the next cost a look-up of the name each, as without
     * it.
     */
    private final byte[] follows;

    private Fields(String[] names, F[] constants, int[] required, long nullable) {
      if (names.length > 64) {
        throw new IllegalArgumentException("at most 64 fields: " + names.length);
      }
      this.names = names;
      this.constants = constants;
      this.serialized = new SerializedString[names.length];
      for (int i = 0; i < names.length; i++) {
        serialized[i] = new SerializedString(names[i]);
      }
      this.required = required;
      this.nullable = nullable;
      this.follows = new byte[names.length + 1];
      for (int i = 0; i < follows.length; i++) {
        follows[i] = (byte) i;
      }
    }

    /** The fields {@code names}, all optional, each given to a reader as its name. */
    static Fields<String> of(String... names) {
      String[] declared = names.clone();
      return new Fields<>(declared, declared, new int[0], 0);
    }

    /**
     * The fields of the constants of {@code type}, in their order, all optional: each is named in
     * lowerCamelCase after its constant ({@code PALPATION_PAIN} is {@code "palpationPain"}) and
     * given to a reader as the constant.
     */
    static <E extends Enum<E>> Fields<E> of(Class<E> type) {
      E[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] =
            CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, constants[i].name()).intern();
      }
      return new Fields<>(names, constants, new int[0], 0);
    }

    /**
     * These fields with {@code names} given to the reader even when they are {@code null}, for an
     * object whose other fields decide how such a field is refused.
     */
    Fields<F> nullable(String... names) {
      long mask = 0;
      for (int index : indices(names)) {
        mask |= 1L << index;
      }
      return new Fields<>(this.names, constants, required, mask);
    }

    /**
     * These fields with {@code names} required; a document missing several is refused for the first
     * of them in this order.
     */
    Fields<F> required(String... names) {
      return new Fields<>(this.names, constants, indices(names), nullable);
    }

    private int[] indices(String... names) {
      int[] indices = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        indices[i] = index(names[i]);
        if (indices[i] < 0) {
          throw new IllegalArgumentException("not a declared field: " + names[i]);
        }
      }
      return indices;
    }

    /** The index of the field a reader expects after the field {@code name}: for tests. */
    int expectedAfter(String name) {
      return follows[index(name) + 1];
    }

    int index(String name) {
      // Jackson interns the names it reads, as Java does these: one comparison each, mostly.
      for (int i = 0; i < names.length; i++) {
        if (names[i] == name) {
          return i;
        }
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** Reads the value of the field {@code name}, the current token being its first. */
  @FunctionalInterface
  interface FieldReader {
    void read(String name);
  }

  private static final int NO_INDEX = -1;

  /** What {@link #advanceToField} gives for a name not among the object's fields. */
  private static final int UNKNOWN_FIELD = -1;

  /** What {@link #advanceToField} gives when the object ends: no field follows. */
  private static final int NOT_A_FIELD = -2;

  /** The longest value {@link #sharedText} keeps: ids, not prose. */
  private static final int LONGEST_SHARED = 64;

  /** The slots of {@link #shared}: a power of two. */
  private static final int SHARED_SLOTS = 64;

  /** Values read again and again, by a hash of their characters: see {@link #sharedText}. */
  private final String[] shared = new String[SHARED_SLOTS];

  /**
   * The values made of the strings of {@link #shared}, slot by slot, each beside the string it was
   * made of (the instance): see {@link #sharedValue}.
   */
  private final Object[] sharedValues = new Object[SHARED_SLOTS];

  /** The string (the instance) each of {@link #sharedValues} was made of, slot by slot. */
  private final String[] sharedValuesOf = new String[SHARED_SLOTS];

  /** The slot of {@link #shared} that holds the string {@link #sharedText} gave last, or -1. */
  private int lastSharedSlot = -1;

  private SharedLocations locations;

  /** The view {@link #textView} gives, reused. */
  private final CharsView view = new CharsView();

  private JsonParser parser;

  /**
   * The path to the current value, by depth, for its pointer: an array's element by its index in
   * {@link #indices}; an object's field by its index in the object's fields ({@link #fieldsAt}), or
   * by its name when it has no index (a map's entry, a field refused as unknown, a field named by
   * {@link #failField} or {@link #fieldFromTree}). A field is kept as an int, so that reading one
   * stores no reference.
   */
  private String[] names = new String[16];

  private Fields<?>[] fieldsAt = new Fields<?>[16];
  private int[] indices = new int[16];

  /** For each object being read, by depth: the mask of the fields seen. */
  private long[] seenFields = new long[16];

  private int depth;
  private String[] resumed;

  /**
   * The element a domain rule names at the start of its message: {@code sessions[1]}, {@code
   * sessions[1].assessments[0]}, {@code screening[0].resolvedOn}, followed by a colon or a space.
   */
  private static final Pattern ELEMENT_PATH =
      Pattern.compile("([a-z][A-Za-z]*\\[\\d+\\](?:\\.[a-z][A-Za-z]*(?:\\[\\d+\\])?)*)[: ]");

  /** What {@link #discriminated} resumes: its type field, in an array made once. */
  private final String[] typeOnly = new String[1];

  /** A cursor on {@code parser}, before its first token; its values are at the root pointer. */
  Cursor(JsonParser parser) {
    this.parser = parser;
  }

  /** The locations this document has read so far, for a codec to share. */
  SharedLocations locations() {
    if (locations == null) {
      locations = new SharedLocations();
    }
    return locations;
  }

  // ---- tokens and the pointer

  /** Moves to the next token; Jackson's refusals of bad JSON are located where they happened. */
  JsonToken next() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw jackson(e);
    }
  }

  /**
   * Moves to the next token in an object whose next field is likely the field {@code expected}, as
   * nmt writes the fields in their declared order: the name is then matched as it is spelled,
   * without a look-up in the parser's table of names. Returns the index in {@code fields} of the
   * field moved to, {@link #UNKNOWN_FIELD} for a name not among them, or {@link #NOT_A_FIELD} if
   * the token is not a field name.
   */
  private int advanceToField(Fields<?> fields, int expected) {
    JsonToken token;
    if (expected < fields.serialized.length) {
      try {
        if (parser.nextFieldName(fields.serialized[expected])) {
          // the name is the one expected: neither asked of the parser nor looked up
          return expected;
        }
      } catch (IOException e) {
        throw jackson(e);
      }
      token = parser.currentToken();
    } else {
      token = next();
    }
    return token == JsonToken.FIELD_NAME ? fields.index(currentName()) : NOT_A_FIELD;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  private DocumentException jackson(IOException e) {
    return Documents.fromJackson(
        e,
        parser,
        e instanceof StreamConstraintsException
            ? "document exceeds a size limit: "
            : "malformed JSON: ");
  }

  private void push(String name, Fields<?> fields, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      fieldsAt = Arrays.copyOf(fieldsAt, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
      seenFields = Arrays.copyOf(seenFields, depth * 2);
    }
    names[depth] = name;
    fieldsAt[depth] = fields;
    indices[depth] = index;
    depth++;
  }

  private void pop() {
    depth--;
  }

  /**
   * The JSON Pointer of the current value, spelled out: for an error. It ends before a name read
   * from the document that an error may not show ({@link ShownNames}): at the object holding it.
   */
  String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      String name = names[i];
      if (name != null && !ShownNames.shown(name)) {
        break;
      }
      if (name == null && fieldsAt[i] != null && indices[i] >= 0) {
        name = fieldsAt[i].names[indices[i]];
      }
      pointer.append('/');
      if (name == null) {
        pointer.append(indices[i]);
      } else {
        pointer.append(ShownNames.token(name));
      }
    }
    return pointer.toString();
  }

  /**
   * Lets the next {@link #object} or {@link #firstField} go on with the object whose start and
   * fields {@code names} the caller has read already.
   */
  void resume(String... names) {
    resumed = names;
  }

  /** A refusal of the current value. */
  DocumentException fail(String rule) {
    return DocumentException.at(pointer(), rule);
  }

  /**
   * A refusal of the repeated field {@code name} of the current object: a parser that refuses
   * duplicate keys itself, as {@link Documents#parse} does, never gets here.
   */
  private DocumentException duplicate(String name) {
    return fail("malformed JSON: Duplicate field " + ShownNames.quoted(name));
  }

  /** A refusal of the field {@code name} of the current object. */
  DocumentException failField(String name, String rule) {
    push(name, null, NO_INDEX);
    DocumentException e = fail(rule);
    pop();
    return e;
  }

  // ---- objects and arrays

  /**
   * Reads the object at the current token field by field, each with {@code reader}, refusing an
   * unknown field or {@code null} at the field and a missing required field once the object ends.
   */
  void object(Fields<String> fields, FieldReader reader) {
    for (String name = firstField(fields); name != null; name = nextField(fields)) {
      reader.read(name);
    }
  }

  /**
   * Starts reading the object at the current token against {@code fields}, as {@link #object} does,
   * and moves to its first field: returns the field's constant, its value being the current token,
   * or {@code null} if the object has no fields. The caller reads each value and then asks for the
   * {@link #nextField}, in a loop with no callback to dispatch:
   *
   * <pre>{@code
   * for (ExamField field = in.firstField(EXAM); field != null; field = in.nextField(EXAM)) {
   *   switch (field) { ... }
   * }
   * }</pre>
   */
  <F> F firstField(Fields<F> fields) {
    long seen = 0;
    int index = -1;
    if (resumed != null) {
      for (String name : resumed) {
        index = fields.index(name);
        seen |= 1L << index;
      }
      resumed = null;
    } else if (token() != JsonToken.START_OBJECT) {
      throw fail("must be an object, not " + type());
    }
    push(null, fields, index);
    seenFields[depth - 1] = seen;
    return nextField(fields);
  }

  /**
   * Moves to the next field of the object {@link #firstField} started with {@code fields}, the
   * previous field's value read: returns the field's constant, its value being the current token,
   * or {@code null} once the object has ended, its required fields checked. An unknown field, a
   * repeated one and {@code null} are refused at the field.
   */
  <F> F nextField(Fields<F> fields) {
    int top = depth - 1;
    // the index of the previous field, or -1 before the first
    int after = indices[top] + 1;
    int expected = fields.follows[after];
    int index = advanceToField(fields, expected);
    if (index == NOT_A_FIELD) {
      long seen = seenFields[top];
      pop();
      for (int required : fields.required) {
        if ((seen & (1L << required)) == 0) {
          throw failField(fields.names[required], "required field is missing");
        }
      }
      return null;
    }
    if (index == UNKNOWN_FIELD) {
      String name = currentName();
      names[top] = name;
      throw fail(
          ShownNames.shown(name)
              ? "unknown field '" + name + "'"
              : "unknown field, " + ShownNames.NOT_SHOWN);
    }
    indices[top] = index;
    long bit = 1L << index;
    if ((seenFields[top] & bit) != 0) {
      throw duplicate(fields.names[index]);
    }
    seenFields[top] |= bit;
    if (index != expected) {
      fields.follows[after] = (byte) index;
    }
    if (next() == JsonToken.VALUE_NULL && (fields.nullable & bit) == 0) {
      throw fail("must not be null");
    }
    return fields.constants[index];
  }

  /**
   * Reads the object at the current token whose type is told by its field {@code typeField}: {@code
   * read} is given the type and reads the object with {@link #object} or {@link #firstField}, which
   * then knows that field. nmt writes the type first, and that object is read as it streams; one
   * whose type comes later is read as a tree first, and then from the tree.
   */
  <T> T discriminated(SerializedString typeField, Function<String, T> read) {
    if (token() != JsonToken.START_OBJECT) {
      throw fail("must be an object, not " + type());
    }
    String name = typeField.getValue();
    boolean typeFirst;
    try {
      // nmt writes the type first: matched as it is spelled, without a look-up of the name
      typeFirst = parser.nextFieldName(typeField);
    } catch (IOException e) {
      throw jackson(e);
    }
    ObjectNode tree;
    if (typeFirst || token() == JsonToken.FIELD_NAME) {
      String first = typeFirst ? name : currentName();
      JsonToken value = next();
      if (first.equals(name) && value == JsonToken.VALUE_STRING) {
        typeOnly[0] = name;
        resumed = typeOnly;
        return read.apply(sharedText());
      }
      tree = JsonNodeFactory.instance.objectNode();
      tree.set(first, valueAsTree());
      while (next() == JsonToken.FIELD_NAME) {
        String other = currentName();
        next();
        if (tree.has(other)) {
          throw duplicate(other);
        }
        tree.set(other, valueAsTree());
      }
    } else {
      tree = JsonNodeFactory.instance.objectNode();
    }
    JsonNode type = tree.get(name);
    if (type == null) {
      throw failField(name, "required field is missing");
    }
    if (!type.isTextual()) {
      throw failField(name, "must be a string, not " + type(type));
    }
    return fromTree(tree, () -> read.apply(type.textValue()));
  }

  /** Reads the value {@code tree} in place of the current one, with {@code read}. */
  <T> T fromTree(JsonNode tree, Supplier<T> read) {
    JsonParser streaming = parser;
    parser = tree.traverse(Documents.VALUE_TREES);
    try {
      next();
      return read.get();
    } finally {
      parser = streaming;
    }
  }

  /** The current value, read whole as a tree. */
  JsonNode valueAsTree() {
    try {
      return Documents.VALUE_TREES.readTree(parser);
    } catch (IOException e) {
      throw jackson(e);
    }
  }

  /** Reads the array at the current token, {@code element} reading each element in turn. */
  void array(Runnable element) {
    startArray();
    while (nextElement()) {
      element.run();
    }
  }

  /**
   * Starts reading the array at the current token, as {@link #array} does, in a loop of {@link
   * #nextElement} with no callback to dispatch:
   *
   * <pre>{@code
   * in.startArray();
   * while (in.nextElement()) {
   *   session.addTechnique(readTechnique(in));
   * }
   * }</pre>
   */
  void startArray() {
    if (token() != JsonToken.START_ARRAY) {
      throw fail("must be an array, not " + type());
    }
    push(null, null, -1);
  }

  /**
   * Moves to the next element of the array {@link #startArray} started, the previous element read:
   * returns {@code true} with the element the current token, or {@code false} once the array has
   * ended. A {@code null} element is refused.
   */
  boolean nextElement() {
    indices[depth - 1]++;
    JsonToken token = next();
    if (token == JsonToken.END_ARRAY) {
      pop();
      return false;
    }
    if (token == JsonToken.VALUE_NULL) {
      throw fail("must not be null");
    }
    return true;
  }

  /** Reads the field {@code name} of the current object from {@code tree}, with {@code read}. */
  <T> T fieldFromTree(String name, JsonNode tree, Supplier<T> read) {
    push(name, null, NO_INDEX);
    T value = fromTree(tree, read);
    pop();
    return value;
  }

  /**
   * Reads the object at the current token as a map: {@code entry} is given the name of each field
   * in turn, and reads its value.
   */
  void entries(Consumer<String> entry) {
    if (token() != JsonToken.START_OBJECT) {
      throw fail("must be an object, not " + type());
    }
    Set<String> seen = new HashSet<>();
    push(null, null, NO_INDEX);
    for (JsonToken token = next(); token == JsonToken.FIELD_NAME; token = next()) {
      String name = currentName();
      if (!seen.add(name)) {
        throw duplicate(name);
      }
      names[depth - 1] = name;
      next();
      entry.accept(name);
    }
    pop();
  }

  /**
   * Reads the array of strings at the current token, each mapped by {@code parser}, as a set: each
   * value is given to {@code add}, and a value that repeats an earlier one is refused at its
   * pointer, not dropped.
   */
  <T> void set(Function<String, T> parser, Consumer<T> add) {
    List<T> values = new ArrayList<>();
    array(
        () -> {
          String text = text();
          T value = domain(() -> parser.apply(text));
          if (values.contains(value)) {
            throw fail("duplicate value '" + shorten(text) + "'");
          }
          values.add(value);
          add.accept(value);
        });
  }

  /**
   * Reads the array of enum ids at the current token as a set, as {@link #set} does with {@code
   * ids::parse}, each id matched where it lies in the parser's buffer ({@link #enumValue}).
   */
  <E extends Enum<E>> void enumSet(EnumIds.Lookup<E> ids, Consumer<E> add) {
    List<E> values = new ArrayList<>();
    startArray();
    while (nextElement()) {
      E value = enumValue(ids);
      if (values.contains(value)) {
        throw fail("duplicate value '" + ids.id(value) + "'");
      }
      values.add(value);
      add.accept(value);
    }
  }

  // ---- scalars

  String text() {
    if (token() != JsonToken.VALUE_STRING) {
      throw fail("must be a string, not " + type());
    }
    try {
      return parser.getText();
    } catch (IOException e) {
      throw jackson(e);
    }
  }

  /**
   * The string, as {@link #text}, for a value that repeats within a document (a muscle id, an
   * assessment type): an equal value read before is given again, the same instance, so that such a
   * value is neither copied out of the parser's buffer nor hashed afresh each time it is read.
   */
  String sharedText() {
    if (token() != JsonToken.VALUE_STRING) {
      throw fail("must be a string, not " + type());
    }
    try {
      char[] chars = parser.getTextCharacters();
      int offset = parser.getTextOffset();
      int length = parser.getTextLength();
      if (length > LONGEST_SHARED) {
        lastSharedSlot = -1;
        return new String(chars, offset, length);
      }
      int slot = sharedSlot(chars, offset, length);
      lastSharedSlot = slot;
      String known = shared[slot];
      if (known != null && spells(known, chars, offset, length)) {
        return known;
      }
      String text = new String(chars, offset, length);
      shared[slot] = text;
      return text;
    } catch (IOException e) {
      throw jackson(e);
    }
  }

  /**
   * The value {@code parse} makes of the string at the current token, for a value that repeats
   * within a document (a therapist's id): a value of type {@code type} made of an equal string
   * before is given again, the same instance, neither parsed, checked nor made again. {@code parse}
   * makes equal values of equal strings, or refuses them alike, and is the only one used with
   * {@code type}; its refusal is located here, and a {@code null} it gives is given, not kept.
   */
  <T> T sharedValue(Class<T> type, Function<String, T> parse) {
    String text = sharedText();
    int slot = lastSharedSlot;
    if (slot >= 0 && sharedValuesOf[slot] == text && type.isInstance(sharedValues[slot])) {
      return type.cast(sharedValues[slot]);
    }
    T value;
    try {
      value = parse.apply(text);
    } catch (RuntimeException e) {
      throw refused(e);
    }
    if (slot >= 0) {
      sharedValues[slot] = value;
      sharedValuesOf[slot] = text;
    }
    return value;
  }

  /**
   * The slot in {@link #shared} of the {@code length} characters of {@code chars} from {@code
   * offset}: a hash of the length and four of the characters, not all of them, as the slot's value
   * is compared whole before it is given again. Ids differ early (the muscle), in the middle or at
   * the end (the side, the site), and those four tell apart the few that a document repeats.
   */
  private static int sharedSlot(char[] chars, int offset, int length) {
    int hash = length;
    if (length > 0) {
      int last = offset + length - 1;
      hash = 31 * hash + chars[offset];
      hash = 31 * hash + chars[offset + (length >> 1)];
      hash = 31 * hash + chars[last];
      hash = 31 * hash + chars[last - (length >> 2)];
    }
    return (hash ^ (hash >>> 7)) & (SHARED_SLOTS - 1);
  }

  /** Whether {@code text} is the {@code length} characters of {@code chars} from {@code offset}. */
  private static boolean spells(String text, char[] chars, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  int integer() {
    try {
      if (token() == JsonToken.VALUE_NUMBER_INT) {
        if (parser.getNumberType() == JsonParser.NumberType.INT) {
          return parser.getIntValue();
        }
        BigInteger value = parser.getBigIntegerValue();
        if (value.bitLength() < Integer.SIZE) {
          return value.intValue();
        }
      }
      throw fail("must be an integer, not " + describe());
    } catch (IOException e) {
      throw jackson(e);
    }
  }

  double number() {
    if (!token().isNumeric()) {
      throw fail("must be a number, not " + type());
    }
    double value;
    try {
      value =
          token() == JsonToken.VALUE_NUMBER_FLOAT
              ? ShortDecimals.parse(
                  parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
              : Double.NaN;
      if (Double.isNaN(value)) {
        value = parser.getDoubleValue();
      }
    } catch (IOException e) {
      throw jackson(e);
    }
    if (!Double.isFinite(value)) {
      throw fail("must be a finite number");
    }
    return value;
  }

  boolean bool() {
    if (!token().isBoolean()) {
      throw fail("must be true or false, not " + type());
    }
    return token() == JsonToken.VALUE_TRUE;
  }

  Instant instant() {
    CharSequence text = textView();
    Instant instant = IsoParse.instant(text);
    if (instant == null) {
      throw fail(
          "must be an ISO-8601 instant (2026-03-02T09:00:00Z): '" + shorten(text.toString()) + "'");
    }
    return instant;
  }

  LocalDate date() {
    CharSequence text = textView();
    LocalDate date = IsoParse.date(text);
    if (date == null) {
      throw fail("must be an ISO-8601 date (2026-03-02): '" + shorten(text.toString()) + "'");
    }
    return date;
  }

  Duration duration() {
    CharSequence text = textView();
    Duration duration = IsoParse.duration(text);
    if (duration == null) {
      throw fail("must be an ISO-8601 duration (PT60M): '" + shorten(text.toString()) + "'");
    }
    return duration;
  }

  /**
   * The string at the current token, seen where it lies in the parser's buffer (no string made):
   * valid until the parser moves on.
   */
  private CharSequence textView() {
    if (token() != JsonToken.VALUE_STRING) {
      throw fail("must be a string, not " + type());
    }
    try {
      return view.of(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    } catch (IOException e) {
      throw jackson(e);
    }
  }

  /** The string mapped by {@code parser}, whose rejection is located here. */
  <T> T id(Function<String, T> parser) {
    String text = text();
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** The constant of {@code type} with the string's id, refused here if there is none. */
  <E extends Enum<E>> E enumValue(Class<E> type) {
    return enumValue(EnumIds.lookup(type));
  }

  /** The constant of the string's id in {@code ids}, refused here if there is none. */
  <E extends Enum<E>> E enumValue(EnumIds.Lookup<E> ids) {
    if (token() != JsonToken.VALUE_STRING) {
      throw fail("must be a string, not " + type());
    }
    try {
      // matched in the parser's buffer, without a string per value
      return ids.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    } catch (IOException e) {
      throw jackson(e);
    } catch (IllegalArgumentException e) {
      throw fail(message(e));
    }
  }

  /**
   * Runs {@code build}, turning the domain model's {@link IllegalArgumentException} (and the
   * arithmetic of its checks at the ends of time, {@link DateTimeException} and {@link
   * ArithmeticException}) into a {@link DocumentException} at the current pointer.
   */
  <T> T domain(Supplier<T> build) {
    try {
      return build.get();
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /**
   * The refusal, here, of a value the domain model refused with {@code e}: an {@link
   * IllegalArgumentException}, or a {@link NullPointerException}, {@link IllegalStateException},
   * {@link DateTimeException} or {@link ArithmeticException} of its checks at the ends of time; any
   * other exception is not a refusal and is thrown as it is.
   */
  private RuntimeException refused(RuntimeException e) {
    if (!isRefusal(e)) {
      return e;
    }
    String message = message(e);
    // a rule that spans the elements of an object's lists names the element it found wrong
    // ("sessions[1]: ...", "screening[0].resolvedOn must ..."): the refusal is located there
    Matcher element = ELEMENT_PATH.matcher(message);
    if (element.lookingAt()) {
      String path = element.group(1).replaceAll("\\[(\\d+)\\]", "/$1").replace('.', '/');
      // the element's path names the lists of the model, which are nmt's field names
      return DocumentException.at(pointer() + "/" + path, message);
    }
    return fail(message);
  }

  /**
   * Whether {@code e} is the domain model's refusal of a value: an {@link
   * IllegalArgumentException}, or a {@link NullPointerException}, {@link IllegalStateException},
   * {@link DateTimeException} or {@link ArithmeticException} of its checks at the ends of time.
   */
  static boolean isRefusal(RuntimeException e) {
    return e instanceof IllegalArgumentException
        || e instanceof NullPointerException
        || e instanceof IllegalStateException
        || e instanceof DateTimeException
        || e instanceof ArithmeticException;
  }

  /** The message of the domain model's refusal {@code e}. */
  static String message(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Builds the object just read with {@code build}, refusing it at its pointer. */
  <T> T build(Supplier<T> build) {
    return domain(build);
  }

  /** {@code text} cut to 64 characters for a message. */
  static String shorten(String text) {
    return text.length() > 64 ? text.substring(0, 64) + "..." : text;
  }

  /** The JSON type of {@code node} for a message: "an object", "a string", "null". */
  static String type(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    switch (node.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The name of the current field. */
  String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw jackson(e);
    }
  }

  private String type() {
    JsonToken token = token();
    if (token == null) {
      return "missing";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The current value for a message: a number as Jackson's tree would spell it. */
  private String describe() throws IOException {
    if (token() == JsonToken.VALUE_NUMBER_INT) {
      return "the number " + shorten(parser.getNumberValue().toString());
    }
    if (token() == JsonToken.VALUE_NUMBER_FLOAT) {
      return "the number " + shorten(String.valueOf(parser.getDoubleValue()));
    }
    return type();
  }
}
