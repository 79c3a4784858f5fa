/** The platform console's view of the messaging ({@code /platform/messaging}). */
package org.anju.messaging.rest;
