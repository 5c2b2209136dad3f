/** Serialization of nmt documents: versioned JSON, NDJSON cohorts, CSV and JSON Schema. */
module org.nmt.io {
  requires transitive org.nmt.core;
  requires transitive org.nmt.protocol;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
}
