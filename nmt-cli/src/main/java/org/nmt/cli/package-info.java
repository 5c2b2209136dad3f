/** The {@code nmt} command line. */
package org.nmt.cli;
