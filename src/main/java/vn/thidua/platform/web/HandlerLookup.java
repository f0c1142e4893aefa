package vn.thidua.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding a request's controller method without going through every request wrapper for each of ~380 mappings. An
 * address with a variable ({@code /bloc-years/8}) matches no fixed path, so Spring MVC tries every mapping in turn,
 * and each try reads the request's method (three times: the method, pre-flight and content conditions) and its
 * parsed path, every read passing through the ten wrappers of the security and session filters: 16–18 % of the
 * workspace page's time under load (bench/README.md, issue 20). The lookup now reads them once from a flat copy, and
 * passes over the mappings whose fixed first word is not the path's (the lookup 9 % → 6.5 % of the workspace).
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        /** Each mapping whose every pattern begins with a fixed word ({@code /bloc-years/{id}}): those words. */
        private volatile Map<RequestMappingInfo, Set<String>> firstWords = Map.of();

        @Override
        public void afterPropertiesSet() {
            super.afterPropertiesSet();
            Map<RequestMappingInfo, Set<String>> words = new IdentityHashMap<>();
            if (getPatternParser() != null && getPatternParser().isCaseSensitive()) {
                getHandlerMethods().keySet().forEach(info -> {
                    Set<String> first = firstWords(info);
                    if (first != null) {
                        words.put(info, first);
                    }
                });
            }
            firstWords = words;
        }

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            return super.lookupHandlerMethod(lookupPath, new Flat(request));
        }

        /**
         * A mapping whose patterns all begin with other fixed words than the request's path cannot match it: it is
         * passed over without its method, header and content conditions being read (about 370 of 380 for a page).
         * Every other mapping is matched by Spring as before.
         */
        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            Set<String> first = firstWords.get(info);
            if (first != null && request instanceof Flat flat) {
                String word = flat.firstWord();
                if (word != null && !first.contains(word)) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        /**
         * The fixed first words of the mapping's patterns, or null if one of them begins with a variable or wildcard.
         */
        static @Nullable Set<String> firstWords(RequestMappingInfo info) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths == null || paths.getPatterns().isEmpty()) {
                return null;
            }
            Set<String> words = new HashSet<>();
            for (PathPattern pattern : paths.getPatterns()) {
                String text = pattern.getPatternString();
                String word = text.startsWith("/") ? text.substring(1).split("/", 2)[0] : "";
                if (!PLAIN_WORD.matcher(word).matches()) {
                    return null;
                }
                words.add(word);
            }
            return Set.copyOf(words);
        }

        /** A path segment that means itself once decoded: unreserved characters only (RFC 3986, 2.3). */
        private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9._~-]+");
    }

    /** The request with its method and parsed path read once; everything else, writes included, passes through. */
    static final class Flat extends HttpServletRequestWrapper {

        private final String method;
        private @Nullable Object path;
        private @Nullable String firstWord;

        Flat(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
            this.path = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        }

        /**
         * The first segment of the path within the application, decoded and without its ;parameters, as the patterns
         * match it ("" for the root); null when the path is not parsed, so that nothing is passed over.
         */
        @Nullable
        String firstWord() {
            if (firstWord == null && path instanceof RequestPath parsed) {
                firstWord = "";
                for (PathContainer.Element element :
                        parsed.pathWithinApplication().elements()) {
                    if (element instanceof PathContainer.PathSegment segment) {
                        firstWord = segment.valueToMatch();
                        break;
                    }
                }
            }
            return firstWord;
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            return ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name) ? path : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                path = value;
                firstWord = null;
            }
            super.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                path = null;
                firstWord = null;
            }
            super.removeAttribute(name);
        }
    }
}
