/** My notices, and the organization's SMS log. */
package org.anju.notify.rest;
