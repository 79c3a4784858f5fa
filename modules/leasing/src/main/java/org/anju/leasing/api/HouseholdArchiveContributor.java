package org.anju.leasing.api;

import java.util.List;
import java.util.Locale;

/**
 * Extension point of the one-household-one-archive (R7.4b): sections other capabilities add (finance: receivables,
 * bills pushed, payments, rent adjustments, dunning — R7.4d). CDI beans; called in the household's tenant scope.
 */
public interface HouseholdArchiveContributor {

    /** A table of the archive, already in the reader's language. */
    record Section(String key, String title, List<String> headers, List<List<String>> rows) {
    }

    List<Section> sections(long householdId, Locale locale);
}
