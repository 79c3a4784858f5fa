/** Use cases of personal-data protection: the access log and key rotation. */
package org.anju.privacy.application;
