package org.anju.privacy.api;

import java.util.Collection;

/**
 * The log of unmasked reads (who, whose, when, why): every answer that shows a sealed field in clear is recorded
 * here first. Recorded in the organization's schema, in a transaction of its own (the read is logged even if the
 * request fails later).
 */
public interface PiiAccessLog {

    void record(String subjectType, long subjectId, String subjectLabel, Collection<String> fields, String purpose);
}
