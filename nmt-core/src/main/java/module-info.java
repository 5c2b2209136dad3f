/**
 * The nmt clinical domain model: anatomy, trigger points, client and intake, assessments, sessions
 * and techniques, sourced reference catalogs, and per-client progress.
 */
module org.nmt.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;

  exports org.nmt.core.anatomy;
  exports org.nmt.core.assessment;
  exports org.nmt.core.client;
  exports org.nmt.core.id;
  exports org.nmt.core.measure;
  exports org.nmt.core.progress;
  exports org.nmt.core.record;
  exports org.nmt.core.reference;
  exports org.nmt.core.session;
  exports org.nmt.core.stage;
  exports org.nmt.core.style;
  exports org.nmt.core.technique;
  exports org.nmt.core.trigger;
}
