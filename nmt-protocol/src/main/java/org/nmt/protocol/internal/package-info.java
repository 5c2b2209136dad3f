/** Helpers shared by the packages of nmt-protocol; not exported from the module. */
package org.nmt.protocol.internal;
