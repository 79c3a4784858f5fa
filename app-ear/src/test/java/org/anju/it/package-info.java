/** Black-box tests over HTTP against the real Open Liberty server, PostgreSQL and the built EAR. */
package org.anju.it;
