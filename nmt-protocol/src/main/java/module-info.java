/** The five-stage NMT rehabilitation protocol: stage order, gates, decisions and validation. */
module org.nmt.protocol {
  requires transitive org.nmt.core;
  requires static org.immutables.value.annotations;
}
