/** Myofascial trigger point examinations and their classification by the 2018 Delphi criteria. */
package org.nmt.core.trigger;
