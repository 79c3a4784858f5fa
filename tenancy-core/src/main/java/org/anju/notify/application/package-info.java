/** Notices and SMS of the current organization, recorded in its schema. */
package org.anju.notify.application;
