package org.anju.housing.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A housing estate (项目/小区) of the operator (aggregate root). Invariants: the name is unique within the operator
 * (it is the natural key of imports); the division code is a GB/T 2260 code inside the operator's served divisions
 * (checked by the application service, which knows the registry).
 */
@Entity
@Table(name = "project")
@Audited
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "division_code", nullable = false, length = 6)
    private String divisionCode;

    @Column(name = "property_company", length = 200)
    private String propertyCompany;

    @Column(name = "manager_name", length = 100)
    private String managerName;

    @Column(name = "manager_phone", length = 30)
    private String managerPhone;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Embedded
    private ServiceWindow serviceWindow = ServiceWindow.empty();

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Project() {
    }

    public Project(ProjectDetails details, Instant now) {
        apply(details);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The editable description of a project (everything but its service window). */
    public record ProjectDetails(String name, String address, String divisionCode, String propertyCompany,
                                 String managerName, String managerPhone, BigDecimal latitude, BigDecimal longitude) {
    }

    public void change(ProjectDetails details, Instant now) {
        apply(details);
        this.updatedAt = now;
    }

    public void publishServiceWindow(ServiceWindow window, Instant now) {
        this.serviceWindow = window;
        this.updatedAt = now;
    }

    private void apply(ProjectDetails d) {
        this.name = d.name();
        this.address = d.address();
        this.divisionCode = d.divisionCode();
        this.propertyCompany = d.propertyCompany();
        this.managerName = d.managerName();
        this.managerPhone = d.managerPhone();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
    }

    public ProjectDetails details() {
        return new ProjectDetails(name, address, divisionCode, propertyCompany, managerName, managerPhone, latitude, longitude);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public String propertyCompany() {
        return propertyCompany;
    }

    public String managerName() {
        return managerName;
    }

    public String managerPhone() {
        return managerPhone;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public ServiceWindow serviceWindow() {
        return serviceWindow == null ? ServiceWindow.empty() : serviceWindow;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
