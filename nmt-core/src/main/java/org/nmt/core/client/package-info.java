/** Clients (pseudonymous), their activity and presenting conditions, and intake screening. */
package org.nmt.core.client;
