package org.anju.leasing.domain;

/** A member's relation to the main applicant (本人, 配偶, 子女, 父母, 其他). */
public enum Relation {
    SELF, SPOUSE, CHILD, PARENT, OTHER
}
