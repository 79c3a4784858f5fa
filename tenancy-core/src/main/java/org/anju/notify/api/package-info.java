/**
 * Telling people things: in-app notices to users, and SMS through a pluggable channel (a development channel that
 * records and logs; a provider's channel in production).
 */
package org.anju.notify.api;
