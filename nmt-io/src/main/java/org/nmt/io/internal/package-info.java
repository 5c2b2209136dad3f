/** What one package of nmt-io shares with another and with no one else: not exported, no API. */
package org.nmt.io.internal;
