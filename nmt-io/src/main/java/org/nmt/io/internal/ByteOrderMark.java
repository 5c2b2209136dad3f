package org.nmt.io.internal;

/**
 * UTF-8's byte order mark, U+FEFF, as the reader of documents and the reader of cohorts both skip
 * it. This package is not exported; it is no API. Stateless and thread-safe.
 */
public final class ByteOrderMark {
  /** The mark's length in bytes. */
  public static final int LENGTH = 3;

  private ByteOrderMark() {}

  /** Whether the {@code length} bytes of {@code bytes} from {@code offset} start with the mark. */
  public static boolean startsWith(byte[] bytes, int offset, int length) {
    return length >= LENGTH
        && bytes[offset] == (byte) 0xEF
        && bytes[offset + 1] == (byte) 0xBB
        && bytes[offset + 2] == (byte) 0xBF;
  }
}
