/** Protocol definitions: stage order, gates and regression rules, and the built-in protocols. */
package org.nmt.protocol.definition;
