package org.nmt.io.file;

import java.io.IOException;

/**
 * An operation on one value that may fail with an {@link IOException}, such as writing a document
 * to a stream: the {@link java.util.function.Consumer} of I/O code.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface IoConsumer<T> {
  /**
   * Performs this operation on {@code value}.
   *
   * @throws IOException if an I/O error occurs
   */
  void accept(T value) throws IOException;
}
