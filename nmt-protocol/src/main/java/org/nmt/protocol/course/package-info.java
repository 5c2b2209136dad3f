/** A client's course under a protocol: state, gate decisions, and advance/override/regress. */
package org.nmt.protocol.course;
