package org.anju.privacy.infrastructure;

import java.util.Map;

/** The unwrapped keys of one organization: data keys by version, the active version, the index key. */
record KeyRing(Map<Integer, byte[]> dataKeys, int activeVersion, byte[] indexKey, long loadedAt) {
}
