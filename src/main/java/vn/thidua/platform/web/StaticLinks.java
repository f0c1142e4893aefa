package vn.thidua.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to static files written as the resource chain serves them (a webjar's version, a file's content
 * hash), as Spring's {@link ResourceUrlEncodingFilter} does, but only for the static folders and each link
 * worked out once. Spring's filter asks the resource chain about every link of every page ({@code /units},
 * {@code /bloc-years/8}: the static pattern is {@code /**}), and a link that is no file is not cached, so
 * each one searched every jar of the class path under the jar's lock: a third of a page's time under load
 * (bench/README.md, "Pages under load").
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

    /** The folders whose links the resource chain rewrites; every other link is left as written. */
    static final String[] STATIC = {"/webjars/", "/css/", "/js/"};

    /** Replaces Spring Boot's own filter of the same type (it is created only when none is declared). */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(
            ObjectProvider<ResourceUrlProvider> provider) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new Filter(provider));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static boolean isStatic(String url, String contextPath) {
        if (!url.startsWith(contextPath)) {
            return false;
        }
        for (String folder : STATIC) {
            if (url.startsWith(folder, contextPath.length())) {
                return true;
            }
        }
        return false;
    }

    static final class Filter extends ResourceUrlEncodingFilter {

        private final ObjectProvider<ResourceUrlProvider> provider;
        /** Link as written → link as served; a handful of entries, one per static file the templates name. */
        private final Map<String, String> resolved = new ConcurrentHashMap<>();

        Filter(ObjectProvider<ResourceUrlProvider> provider) {
            this.provider = provider;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper(out) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(resolve(http, url));
                }
            });
        }

        private String resolve(HttpServletRequest request, String url) {
            if (url == null || !isStatic(url, request.getContextPath())) {
                return url;
            }
            String known = resolved.get(url);
            if (known != null) {
                return known;
            }
            ResourceUrlProvider urls = provider.getIfAvailable();
            String served = urls == null ? null : urls.getForRequestUrl(request, url);
            String result = served == null ? url : served;
            if (resolved.size() < 1_000) {
                resolved.put(url, result);
            }
            return result;
        }
    }
}
