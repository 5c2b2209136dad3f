/**
 * Crash-safe file writing: {@link org.nmt.io.file.AtomicFiles} replaces a file with a temporary
 * file written, forced to disk and renamed in one atomic step, so a crash leaves the old or the new
 * file, never a torn one.
 */
package org.nmt.io.file;
