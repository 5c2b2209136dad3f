/** Outcome measures, their MCID and MDC, and the judgement of a change against them. */
package org.nmt.core.measure;
