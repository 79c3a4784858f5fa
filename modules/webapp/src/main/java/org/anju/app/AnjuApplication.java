package org.anju.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * All REST resources under {@code /api/v1}. Errors are {@code application/problem+json}; lists page; retryable writes
 * accept {@code Idempotency-Key}; answers speak zh-CN unless {@code Accept-Language} asks for English.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Anju 安居 API", version = "v1",
                description = "公租房数字化运营管理服务 (T/CABEE 140—2026). Problem answers follow RFC 9457."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class AnjuApplication extends Application {
}
