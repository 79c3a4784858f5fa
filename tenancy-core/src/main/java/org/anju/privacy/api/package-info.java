/**
 * Residents' personal information (R8.2.1, GB/T 45574): sealing and opening sensitive fields (AES-GCM under a data
 * key per organization, wrapped by the platform's master key), blind indexes for exact search, masks for every answer,
 * ID number checks, and the log of every unmasked read.
 */
package org.anju.privacy.api;
