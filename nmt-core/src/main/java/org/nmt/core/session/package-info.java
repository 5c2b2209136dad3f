/** Treatment sessions: techniques applied, the client's response, and SOAP notes. */
package org.nmt.core.session;
