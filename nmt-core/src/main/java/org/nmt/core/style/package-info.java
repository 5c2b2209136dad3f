/** The shared Immutables style and the lower-kebab-case ids of nmt enums. */
package org.nmt.core.style;
