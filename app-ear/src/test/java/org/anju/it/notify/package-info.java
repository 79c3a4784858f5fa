/** Black-box tests of notices and the live event stream. */
package org.anju.it.notify;
