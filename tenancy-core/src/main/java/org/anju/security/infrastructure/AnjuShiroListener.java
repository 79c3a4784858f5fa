package org.anju.security.infrastructure;

import jakarta.enterprise.inject.spi.CDI;

import org.anju.tenancy.api.OrganizationDirectory;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.web.env.DefaultWebEnvironment;
import org.apache.shiro.web.env.EnvironmentLoaderListener;
import org.apache.shiro.web.env.MutableWebEnvironment;
import org.apache.shiro.web.env.WebEnvironment;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.filter.session.NoSessionCreationFilter;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;

import jakarta.servlet.ServletContext;

/**
 * Builds Shiro's web environment in code instead of {@code shiro.ini}: the realm and directory come from CDI, there
 * are no sessions (every request carries its token), and {@code /api/**} passes the bearer filter.
 * Registered in the web module's {@code web.xml} together with Shiro's {@code ShiroFilter}.
 */
public class AnjuShiroListener extends EnvironmentLoaderListener {

    @Override
    protected Class<? extends WebEnvironment> getDefaultWebEnvironmentClass(ServletContext servletContext) {
        return DefaultWebEnvironment.class;
    }

    @Override
    protected void customizeEnvironment(WebEnvironment environment) {
        MutableWebEnvironment env = (MutableWebEnvironment) environment;
        AnjuRealm realm = CDI.current().select(AnjuRealm.class).get();
        DefaultWebSecurityManager securityManager = new DefaultWebSecurityManager(realm);
        DefaultSessionStorageEvaluator noStorage = new DefaultSessionStorageEvaluator();
        noStorage.setSessionStorageEnabled(false);
        ((DefaultSubjectDAO) securityManager.getSubjectDAO()).setSessionStorageEvaluator(noStorage);
        securityManager.setRememberMeManager(null);
        env.setWebSecurityManager(securityManager);

        DefaultFilterChainManager chains = new DefaultFilterChainManager();
        chains.addFilter("noSession", new NoSessionCreationFilter());
        chains.addFilter("bearer", new BearerTokenFilter(CDI.current().select(OrganizationDirectory.class).get()));
        chains.createChain("/api/**", "noSession, bearer");
        PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
        resolver.setFilterChainManager(chains);
        env.setFilterChainResolver(resolver);
    }
}
