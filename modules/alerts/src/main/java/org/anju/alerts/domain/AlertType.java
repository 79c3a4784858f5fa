package org.anju.alerts.domain;

/** What an alert is about; each has one rule (its code is the type's name) and one subject kind. */
public enum AlertType {
    /** 合同到期: a live lease reaches one of the set offsets before its end (R6.3d, R7.3b). */
    CONTRACT_EXPIRY(SubjectKind.LEASE),
    /** 欠租: a lease's arrears past the set days or amount (R6.3d, R7.1b, R7.3b). */
    ARREARS(SubjectKind.LEASE),
    /** 无人居住: an occupied unit without a door opening for N days (R7.1c, R7.3a). */
    NOBODY_LIVING(SubjectKind.UNIT),
    /** 特殊人群开门: a flagged household's door not opened for N hours (R7.3a). */
    WELFARE(SubjectKind.HOUSEHOLD),
    /** 疑似转租: the door opened mostly by others, or the household's own keys unused (R7.1b, R7.1c, R7.3a). */
    SUBLET(SubjectKind.UNIT),
    /** 疑似群租: far more people entering, or far more water per person, than the household registered (R7.3a). */
    GROUP_RENTING(SubjectKind.UNIT),
    /** 空置房异常用水用电 (R7.3c). */
    VACANT_USE(SubjectKind.UNIT),
    /** 门锁离线. */
    DEVICE_OFFLINE(SubjectKind.DEVICE),
    /** 门锁防撬报警. */
    DEVICE_TAMPER(SubjectKind.DEVICE),
    /** 门锁电量低. */
    DEVICE_LOW_BATTERY(SubjectKind.DEVICE);

    private final SubjectKind subjectKind;

    AlertType(SubjectKind subjectKind) {
        this.subjectKind = subjectKind;
    }

    public SubjectKind subjectKind() {
        return subjectKind;
    }

    /** Message key of the type's name for people ({@code alerts.type.NOBODY_LIVING}). */
    public String nameKey() {
        return "alerts.type." + name();
    }
}
