/**
 * Shared conventions every module uses at its REST edge: problem answers (RFC 9457) with field errors,
 * paging, and the zh-CN-first message catalogue (P8).
 */
package org.anju.kernel.api;
