/** Black-box tests of the devices capability (issue 7). */
package org.anju.it.devices;
