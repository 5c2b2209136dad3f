package org.nmt.cli.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One chart of the report: its element id, a heading, a text alternative, the PNG (empty when there
 * is nothing to plot) and the data as a small table for readers who cannot see the image.
 *
 * <p>Immutable and thread-safe (the PNG array is never handed out).
 */
final class Figure {
  final String id;
  final String title;
  final String alt;
  private final Optional<byte[]> png;
  final ImmutableList<String> columns;
  final ImmutableList<ImmutableList<String>> rows;

  Figure(
      String id,
      String title,
      String alt,
      Optional<byte[]> png,
      ImmutableList<String> columns,
      ImmutableList<ImmutableList<String>> rows) {
    this.id = id;
    this.title = title;
    this.alt = alt;
    this.png = png.map(byte[]::clone);
    this.columns = columns;
    this.rows = rows;
  }

  /** Whether there was data to plot. */
  boolean hasImage() {
    return png.isPresent();
  }

  /** A copy of the PNG; empty when there was nothing to plot. */
  Optional<byte[]> png() {
    return png.map(byte[]::clone);
  }
}
