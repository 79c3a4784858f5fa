package org.anju.leasing.domain;

/** 保障类别: why the household qualifies for public rental housing; finance sets rent by it. */
public enum EligibilityCategory {
    /** 低保 (minimum subsistence allowance). */
    SUBSISTENCE,
    /** 低收入. */
    LOW_INCOME,
    /** 新就业无房职工. */
    NEW_GRADUATE,
    /** 外来务工人员. */
    MIGRANT_WORKER,
    /** 人才. */
    TALENT,
    OTHER
}
