package fr.ipe.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ipe.platform.web.ProblemDetailsAdvice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

/** A route's roles are checked before its body is read: a caller without them never sees a validation error. */
class RouteRoleInterceptorTest {

    record Notice(@NotNull Integer breachedArticle) {
    }

    @RestController
    static class Terminations {
        @PostMapping("/api/conventions/{id}/termination-notices")
        @PreAuthorize("hasAnyRole('NATIONAL','ASSOCIATION')")
        String notify(@PathVariable int id, @Valid @RequestBody Notice notice) {
            return "notified";
        }

        @GetMapping("/api/conventions/{id}/forgotten")
        String forgotten(@PathVariable String id) {
            return "no rule";
        }
    }

    @RestController
    @PreAuthorize("hasRole('OPS')")
    static class Operations {
        @PostMapping("/api/operations/rebuilds")
        String rebuild(@Valid @RequestBody Notice notice) {
            return "rebuilt";
        }
    }

    final RouteRoles roles = new RouteRoles(new DefaultMethodSecurityExpressionHandler());
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new Terminations(), new Operations())
                .setControllerAdvice(new ProblemDetailsAdvice()).addInterceptors(new RouteRoleInterceptor(roles)).build();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRoleTheRouteDoesNotAdmitIs403WhateverTheBodyAndParameters() throws Exception {
        for (String role : new String[] {"FINANCE", "OPS", "IPE"}) {
            as(role);
            forbidden(post("/api/conventions/7/termination-notices").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"breachedArticle\":5}"));
            forbidden(post("/api/conventions/7/termination-notices").contentType(MediaType.APPLICATION_JSON)
                    .content("{}"));
            forbidden(post("/api/conventions/seven/termination-notices").contentType(MediaType.APPLICATION_JSON)
                    .content("{not json"));
        }
        as("FINANCE");
        forbidden(post("/api/operations/rebuilds").contentType(MediaType.APPLICATION_JSON).content("{}"));
    }

    @Test
    void aRoleTheRouteAdmitsMeetsTheValidationAsBefore() throws Exception {
        as("ASSOCIATION");
        mvc.perform(post("/api/conventions/7/termination-notices").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("breachedArticle"));
        as("OPS");
        mvc.perform(post("/api/operations/rebuilds").contentType(MediaType.APPLICATION_JSON)
                .content("{\"breachedArticle\":1}")).andExpect(status().isOk());
    }

    @Test
    void anApiRouteWithoutARuleIsRefusedToEveryone() throws Exception {
        as("NATIONAL");
        forbidden(get("/api/conventions/7/forgotten"));
    }

    @Test
    void theRolesARouteAdmitsAreReadFromItsRuleOrItsController() throws Exception {
        assertThat(roles.admitted(new HandlerMethod(new Terminations(), Terminations.class.getDeclaredMethod("notify",
                int.class, Notice.class)))).containsExactly("NATIONAL", "ASSOCIATION");
        assertThat(roles.admitted(new HandlerMethod(new Operations(), Operations.class.getDeclaredMethod("rebuild",
                Notice.class)))).containsExactly("OPS");
        assertThat(roles.admitted(new HandlerMethod(new Terminations(), Terminations.class.getDeclaredMethod(
                "forgotten", String.class)))).isEmpty();
    }

    private static void as(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.toLowerCase(), null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    private ResultActions forbidden(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("forbidden"));
    }
}
