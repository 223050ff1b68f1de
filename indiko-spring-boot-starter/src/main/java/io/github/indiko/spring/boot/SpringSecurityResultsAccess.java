package io.github.indiko.spring.boot;

import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.servlet.ResultsAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may read the reports, as Spring Security knows the request's user (scoring.md §6): a user
 * with the operators' role (authority {@code ROLE_} and the role) reads every report of every
 * structure; a user with the authority of a structure (the prefix and the structure's id, e.g.
 * {@code INDIKO_STRUCTURE_mairie-grandpre-sur-vire}) reads every level of that structure's; an
 * anonymous or unauthenticated request reads none. How users log in is the application's choice:
 * this class reads the security context of the request's thread and configures nothing.
 */
public final class SpringSecurityResultsAccess implements ResultsAccess {
  /** The class whose presence says the application has Spring Security. */
  static final String CONTEXT_HOLDER =
      "org.springframework.security.core.context.SecurityContextHolder";

  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

  private final String operatorAuthority;
  private final String structurePrefix;

  /**
   * @param operatorRole the operators' role, without {@code ROLE_}, e.g. {@code INDIKO_OPERATOR}
   * @param structurePrefix the prefix of a structure's authority, e.g. {@code INDIKO_STRUCTURE_}
   */
  public SpringSecurityResultsAccess(String operatorRole, String structurePrefix) {
    Objects.requireNonNull(operatorRole, "operatorRole");
    this.structurePrefix = Objects.requireNonNull(structurePrefix, "structurePrefix");
    if (operatorRole.isBlank() || structurePrefix.isBlank()) {
      throw new IllegalArgumentException("the operators' role and the prefix are not blank");
    }
    this.operatorAuthority = "ROLE_" + operatorRole;
  }

  @Override
  public boolean allows(HttpServletRequest request, StructureId structure, Level level) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || TRUST.isAnonymous(user)) {
      return false;
    }
    String staff = structurePrefix + structure.value();
    for (GrantedAuthority granted : user.getAuthorities()) {
      String authority = granted.getAuthority();
      if (operatorAuthority.equals(authority) || staff.equals(authority)) {
        return true;
      }
    }
    return false;
  }
}
