/**
 * The JSON Schemas of nmt documents, shipped as resources of this package and reached through
 * {@link org.nmt.io.schema.Schemas}.
 */
package org.nmt.io.schema;
