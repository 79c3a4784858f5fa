package org.anju.housing.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.housing.domain.Project;
import org.anju.housing.infrastructure.HousingStore;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantScope;

/**
 * The published service windows of an operator's projects (R5.1c), for anyone without signing in. The organization is
 * named in the path; only what a service window publishes is read (name, address, service information), in that
 * organization's schema, and only while it is active.
 */
@ApplicationScoped
public class PublicServiceWindowService {

    /** A project in the public directory. */
    public record PublicProject(long id, String name, String address) {
    }

    /** The public page of one project. */
    public record PublicServiceWindow(PublicOrganization organization, PublicProjectDetail project,
                                      Views.ServiceWindowView serviceWindow) {
    }

    /** The organization as the public sees it. */
    public record PublicOrganization(String code, String displayName) {
    }

    /** The project as the public sees it. */
    public record PublicProjectDetail(long id, String name, String address, String divisionCode) {
    }

    @Inject
    OrganizationDirectory organizations;

    @Inject
    HousingStore store;

    @Inject
    Transactions transactions;

    public List<PublicProject> projects(String organizationCode) {
        OrganizationRef org = operator(organizationCode);
        return TenantScope.call(org.tenant(), "public", () -> transactions.inNew(() -> store.projects().stream()
                .map(p -> new PublicProject(p.id(), p.name(), p.address())).toList()));
    }

    public PublicServiceWindow serviceWindow(String organizationCode, long projectId) {
        OrganizationRef org = operator(organizationCode);
        return TenantScope.call(org.tenant(), "public", () -> transactions.inNew(() -> {
            Project p = store.project(projectId).orElseThrow(() -> ProblemException.notFound("project-not-found", projectId));
            return new PublicServiceWindow(new PublicOrganization(org.code(), org.branding().displayName()),
                    new PublicProjectDetail(p.id(), p.name(), p.address(), p.divisionCode()),
                    Views.ServiceWindowView.of(p.serviceWindow()));
        }));
    }

    private OrganizationRef operator(String code) {
        return organizations.byCode(code)
                .filter(o -> o.kind() == OrganizationKind.OPERATOR && !o.suspended() && o.available())
                .orElseThrow(() -> ProblemException.notFound("organization-not-found", code));
    }
}
