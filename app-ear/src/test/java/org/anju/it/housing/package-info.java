/** Black-box tests of the housing capability (issue 4) over HTTP against the real server. */
package org.anju.it.housing;
