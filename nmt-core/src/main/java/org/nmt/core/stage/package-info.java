/** The five stages of NMT rehabilitation as vocabulary; order and gates live in nmt-protocol. */
package org.nmt.core.stage;
