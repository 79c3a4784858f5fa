package org.anju.housing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A member of the operator's service staff on the roster (R5.1d): position, qualifications, the projects they serve,
 * optionally the platform account they sign in with. Inactive members stay on record but do not count for staffing.
 */
@Entity
@Table(name = "staff_member")
@Audited
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "position", nullable = false, length = 100)
    private String position;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_qualification", joinColumns = @JoinColumn(name = "staff_id"))
    private Set<Qualification> qualifications = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "staff_project", joinColumns = @JoinColumn(name = "staff_id"),
            inverseJoinColumns = @JoinColumn(name = "project_id"))
    private Set<Project> projects = new LinkedHashSet<>();

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected StaffMember() {
    }

    public StaffMember(String name, String position, String phone, Long userId, Collection<Qualification> qualifications,
                       Collection<Project> projects, Instant now) {
        change(name, position, phone, userId, true, qualifications, projects, now);
        this.createdAt = now;
    }

    public void change(String name, String position, String phone, Long userId, boolean active,
                       Collection<Qualification> qualifications, Collection<Project> projects, Instant now) {
        this.name = name;
        this.position = position;
        this.phone = phone;
        this.userId = userId;
        this.active = active;
        this.qualifications.clear();
        this.qualifications.addAll(qualifications);
        this.projects.clear();
        this.projects.addAll(projects);
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String position() {
        return position;
    }

    public String phone() {
        return phone;
    }

    public Long userId() {
        return userId;
    }

    public boolean active() {
        return active;
    }

    public Set<Qualification> qualifications() {
        return Set.copyOf(qualifications);
    }

    public Set<Project> projects() {
        return Set.copyOf(projects);
    }
}
