/**
 * Identifiers of clients, therapists, sessions, assessments and plans. All are pseudonymous: nmt
 * models no names, addresses or other personal identifiers.
 */
package org.nmt.core.id;
