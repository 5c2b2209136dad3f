/** Gate criteria: a closed set of typed rules evaluated over a stage's context. */
package org.nmt.protocol.criterion;
