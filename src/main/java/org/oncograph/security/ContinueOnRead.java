package org.oncograph.security;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers a request's {@code Expect: 100-continue} only when the application first reads the body, not as
 * soon as the headers arrive (Tomcat's default). A body whose declared length is over a bound is then refused with
 * its 413 before the client has sent a byte of it. Otherwise the client is already uploading when the 413 comes;
 * Tomcat closes the connection after it (413 drops the connection, and it swallows at most
 * {@code server.tomcat.max-swallow-size} of what is left), and the reset can reach the client before it has read
 * the answer, so the user sees "connection reset" instead of the problem that names the bound. curl, and most
 * clients that upload large files, send the expectation.
 */
@Component
class ContinueOnRead implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setContinueResponseTiming("onRead");
            }
        });
    }
}
