package org.anju.leasing.domain;

/** 在册 on the books; 退出中 the yearly review failed and exit has started; 已退租 moved out. */
public enum HouseholdStatus {
    ACTIVE, EXITING, MOVED_OUT
}
