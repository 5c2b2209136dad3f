/** NMT techniques and their reference profiles: stages served, deep pressure, dosing. */
package org.nmt.core.technique;
