/** The client record: the aggregate of a client's intake, assessments, sessions and transitions. */
package org.nmt.core.record;
