/** Personal-data administration over REST: the access log and key rotation. */
package org.anju.privacy.rest;
