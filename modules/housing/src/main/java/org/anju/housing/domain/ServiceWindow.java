package org.anju.housing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * R5.1c: what a project's service window publishes: the application process, how to apply, the materials to bring,
 * the hotline, office hours and where the counter is.
 */
@Embeddable
public class ServiceWindow {

    @Column(name = "application_process", columnDefinition = "text")
    private String applicationProcess;

    @Column(name = "how_to_apply", columnDefinition = "text")
    private String howToApply;

    @Column(name = "required_materials", columnDefinition = "text")
    private String requiredMaterials;

    @Column(name = "hotline", length = 50)
    private String hotline;

    @Column(name = "office_hours", length = 200)
    private String officeHours;

    @Column(name = "service_address", length = 300)
    private String serviceAddress;

    protected ServiceWindow() {
    }

    public ServiceWindow(String applicationProcess, String howToApply, String requiredMaterials, String hotline,
                         String officeHours, String serviceAddress) {
        this.applicationProcess = applicationProcess;
        this.howToApply = howToApply;
        this.requiredMaterials = requiredMaterials;
        this.hotline = hotline;
        this.officeHours = officeHours;
        this.serviceAddress = serviceAddress;
    }

    public static ServiceWindow empty() {
        return new ServiceWindow();
    }

    public String applicationProcess() {
        return applicationProcess;
    }

    public String howToApply() {
        return howToApply;
    }

    public String requiredMaterials() {
        return requiredMaterials;
    }

    public String hotline() {
        return hotline;
    }

    public String officeHours() {
        return officeHours;
    }

    public String serviceAddress() {
        return serviceAddress;
    }
}
