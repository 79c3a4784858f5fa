/** Operating the messaging: the platform console pauses and resumes the outbox relay and reads its state. */
package org.anju.messaging.application;
