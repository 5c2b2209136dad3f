/**
 * The five-stage NMT rehabilitation protocol: protocol definitions with gates and regression rules,
 * explained gate decisions, the course of treatment, and validation of recorded courses and
 * treatment plans.
 */
module org.nmt.protocol {
  requires transitive org.nmt.core;
  requires static org.immutables.value.annotations;

  exports org.nmt.protocol.course;
  exports org.nmt.protocol.criterion;
  exports org.nmt.protocol.definition;
  exports org.nmt.protocol.plan;
  exports org.nmt.protocol.validation;
}
