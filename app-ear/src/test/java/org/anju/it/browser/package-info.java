/** Browser tests: the portals' end-to-end scenarios in headless Chromium against the running server and database. */
package org.anju.it.browser;
