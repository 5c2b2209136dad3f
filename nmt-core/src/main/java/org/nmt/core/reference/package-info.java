/** Citations of the sourced clinical facts that nmt reference data rests on. */
package org.nmt.core.reference;
