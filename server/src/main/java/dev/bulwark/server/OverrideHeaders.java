package dev.bulwark.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * Hides the method-override headers from the app, so a request is always handled by the method
 * it was sent with: Javalin would otherwise route a GET carrying
 * {@code X-HTTP-Method-Override: DELETE} as a DELETE, which any page can send cross-site.
 */
final class OverrideHeaders implements Filter {

  /** The headers some frameworks read as the request's real method. */
  static final Set<String> HIDDEN = Set.of("x-http-method-override", "x-http-method",
      "x-method-override");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {
      @Override
      public String getHeader(String name) {
        return hidden(name) ? null : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
      }

      @Override
      public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
            .filter(n -> !hidden(n)).toList());
      }
    }, response);
  }

  private static boolean hidden(String name) {
    return name != null && HIDDEN.contains(name.toLowerCase(Locale.ROOT));
  }
}
