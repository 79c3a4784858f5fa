package org.anju.leasing.domain;

/** 通过 pass; 变更类别 change the eligibility category; 不通过 fail (the household starts to exit). */
public enum ReviewDecision {
    PASS, CHANGE_CATEGORY, FAIL
}
