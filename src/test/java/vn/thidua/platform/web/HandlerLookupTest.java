package vn.thidua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The handler lookup that passes over mappings by their first word finds what Spring's own lookup finds. */
class HandlerLookupTest {

    @Controller
    static class Pages {
        @GetMapping("/bloc-years/{id}")
        void workspace() {}

        @PostMapping("/bloc-years/{id}")
        void change() {}

        @GetMapping({"/bloc-years/{id}/results", "/ket-qua/{id}"})
        void results() {}

        @GetMapping("/blocs")
        void blocs() {}

        @GetMapping("/{page}")
        void anyPage() {}

        @GetMapping("/files/**")
        void files() {}

        @GetMapping("/")
        void home() {}
    }

    @Controller
    @RequestMapping("/api/v1/units")
    static class Api {
        @GetMapping("/{id}")
        void unit() {}

        @GetMapping(path = "/{id}", params = "full")
        void fullUnit() {}
    }

    private static HandlerLookup.Mapping lookup;
    private static RequestMappingHandlerMapping spring;

    @BeforeAll
    static void mappings() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("pages", Pages.class);
        context.registerSingleton("api", Api.class);
        context.refresh();
        lookup = new HandlerLookup.Mapping();
        spring = new RequestMappingHandlerMapping();
        for (RequestMappingHandlerMapping m : List.of(lookup, spring)) {
            m.setApplicationContext(context);
            m.afterPropertiesSet();
        }
    }

    @Test
    void findsTheSameMethodAsSpringForEveryKindOfPath() throws Exception {
        List<String[]> requests = List.of(
                new String[] {"GET", "/bloc-years/8", "workspace"},
                new String[] {"POST", "/bloc-years/8", "change"},
                new String[] {"GET", "/bloc-years;v=1/8", "workspace"},
                new String[] {"GET", "/bloc%2Dyears/8", "workspace"},
                new String[] {"GET", "/bloc-years/8/results", "results"},
                new String[] {"GET", "/ket-qua/8", "results"},
                new String[] {"GET", "/blocs", "blocs"},
                new String[] {"GET", "/units", "anyPage"},
                new String[] {"GET", "/Bloc-years", "anyPage"},
                new String[] {"GET", "/files/a/b.pdf", "files"},
                new String[] {"GET", "/", "home"},
                new String[] {"GET", "/api/v1/units/3", "unit"},
                new String[] {"GET", "/api/v1/units/3?full", "fullUnit"},
                new String[] {"GET", "/Bloc-years/8", null},
                new String[] {"GET", "/bloc-yearsx/8", null},
                new String[] {"DELETE", "/bloc-years/8", null});
        for (String[] r : requests) {
            assertThat(method(lookup, r[0], r[1])).as(r[0] + " " + r[1]).isEqualTo(r[2]);
            assertThat(method(spring, r[0], r[1]))
                    .as("Spring: " + r[0] + " " + r[1])
                    .isEqualTo(r[2]);
        }
    }

    @Test
    void passesOverOnlyMappingsWhoseEveryPatternBeginsWithAFixedWord() {
        assertThat(lookup.getHandlerMethods().keySet())
                .extracting(HandlerLookup.Mapping::firstWords)
                .contains(Set.of("bloc-years", "ket-qua"), Set.of("files"), Set.of("api"));
        assertThat(lookup.getHandlerMethods().keySet().stream()
                        .filter(info -> HandlerLookup.Mapping.firstWords(info) == null)
                        .map(info -> info.getPathPatternsCondition().getPatternValues()))
                .containsExactlyInAnyOrder(Set.of("/{page}"), Set.of("/"));
    }

    private static @Nullable String method(RequestMappingHandlerMapping mapping, String method, String uri)
            throws Exception {
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (uri.contains("?")) {
            request.setQueryString(uri.substring(uri.indexOf('?') + 1));
            request.addParameter(uri.substring(uri.indexOf('?') + 1), "");
        }
        ServletRequestPathUtils.parseAndCache((HttpServletRequest) request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null
                    ? null
                    : ((HandlerMethod) chain.getHandler()).getMethod().getName();
        } catch (HttpRequestMethodNotSupportedException refused) {
            return null;
        }
    }
}
