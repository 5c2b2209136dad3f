/**
 * Treatment plans: a client's intake and the sessions planned ahead, each with its stage and
 * techniques, as a value that {@link org.nmt.protocol.validation.PlanValidator} checks before an
 * application acts on it.
 */
package org.nmt.protocol.plan;
