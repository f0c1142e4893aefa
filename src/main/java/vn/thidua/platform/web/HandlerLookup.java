package vn.thidua.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finding a request's controller method without going through every request wrapper for each of ~380 mappings. An
 * address with a variable ({@code /bloc-years/8}) matches no fixed path, so Spring MVC tries every mapping in turn,
 * and each try reads the request's method (three times: the method, pre-flight and content conditions) and its
 * parsed path, every read passing through the ten wrappers of the security and session filters: 16–18 % of the
 * workspace page's time under load (bench/README.md, issue 20). The lookup now reads them once from a flat copy.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            return super.lookupHandlerMethod(lookupPath, new Flat(request));
        }
    }

    /** The request with its method and parsed path read once; everything else, writes included, passes through. */
    static final class Flat extends HttpServletRequestWrapper {

        private final String method;
        private @Nullable Object path;

        Flat(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
            this.path = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
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
            }
            super.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                path = null;
            }
            super.removeAttribute(name);
        }
    }
}
