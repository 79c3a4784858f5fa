package org.anju.leasing.domain;

/** Identity documents: only the mainland resident ID has a check digit to verify; the others are checked for shape. */
public enum IdType {
    RESIDENT_ID, PASSPORT, HK_MACAO_TAIWAN, FOREIGN_PERMANENT, OTHER
}
