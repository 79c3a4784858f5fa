/**
 * The key ring of each organization (data and index keys, wrapped by the master key from configuration, rotated by
 * version) and AES-GCM sealing. Keys never leave memory unwrapped and are never logged.
 */
package org.anju.privacy.infrastructure;
