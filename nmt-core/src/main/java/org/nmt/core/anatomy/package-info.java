/**
 * Anatomy: sides, body regions, muscles and fascia with their trigger point sites and referral
 * zones, and the sourced, versioned {@link org.nmt.core.anatomy.MuscleCatalog}.
 */
package org.nmt.core.anatomy;
