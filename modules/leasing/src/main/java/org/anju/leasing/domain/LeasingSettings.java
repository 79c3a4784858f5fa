package org.anju.leasing.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The operator's leasing settings (one row): how many days before a lease ends its renewal reminders go out. */
@Entity
@Table(name = "leasing_settings")
public class LeasingSettings {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "reminder_offsets", nullable = false, length = 50)
    private String reminderOffsets;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected LeasingSettings() {
    }

    /** Days before the end, largest first. */
    public List<Integer> reminderOffsets() {
        return Arrays.stream(reminderOffsets.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).sorted((a, b) -> b - a).toList();
    }

    public void reminderOffsets(List<Integer> offsets) {
        this.reminderOffsets = offsets.stream().distinct().sorted((a, b) -> b - a).map(String::valueOf)
                .collect(Collectors.joining(","));
    }
}
