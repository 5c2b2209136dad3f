/**
 * Serialization of nmt documents: versioned JSON documents read with located errors, and written in
 * the format of {@code docs/FORMAT.md}, with a JSON Schema for each kind of document; NDJSON
 * cohorts of client records read and written as streams; CSV export of measurements in tidy long
 * form; files replaced atomically.
 */
module org.nmt.io {
  requires transitive org.nmt.core;
  requires transitive org.nmt.protocol;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;

  exports org.nmt.io.cohort;
  exports org.nmt.io.csv;
  exports org.nmt.io.file;
  exports org.nmt.io.json;
  exports org.nmt.io.schema;
}
