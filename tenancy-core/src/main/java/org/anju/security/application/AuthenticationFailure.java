package org.anju.security.application;

import java.util.List;
import java.util.Map;

import org.anju.kernel.api.ProblemException;
import org.apache.shiro.authc.AuthenticationException;

/**
 * A refused sign-in or token, with the status and problem code the client is shown: 401 {@code invalid-credentials},
 * {@code token-invalid}, {@code token-expired}; 403 {@code account-locked}, {@code account-disabled},
 * {@code organization-suspended}; 503 {@code organization-unavailable}.
 */
public class AuthenticationFailure extends AuthenticationException {

    private final transient ProblemException problem;

    public AuthenticationFailure(int status, String code, Object... args) {
        this(new ProblemException(status, code, List.of(args), List.of(), Map.of()));
    }

    public AuthenticationFailure(ProblemException problem) {
        super(problem.code());
        this.problem = problem;
    }

    public ProblemException problem() {
        return problem;
    }

    public static AuthenticationFailure invalidCredentials() {
        return new AuthenticationFailure(401, "invalid-credentials");
    }
}
