package org.oncograph.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.oncograph.OncoGraphProperties;
import org.oncograph.web.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Caps every request body at {@code oncograph.security.max-request-body} (1 MB), so that no endpoint can be made to
 * read an unbounded body into memory: a declared length over the bound is answered 413 before anything is read; a
 * body without a declared length (chunked) is cut off when it passes the bound. The import endpoints are left to
 * their own, larger bound ({@code oncograph.ingest.max-request-size}), which they enforce the same way. Runs after
 * Spring Security, so an unauthenticated write is refused for its key without its body being read.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final String IMPORTS = "/api/v1/imports/";

    private final long max;
    private final DataSize bound;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(OncoGraphProperties properties, ProblemWriter problems) {
        this.bound = properties.security().maxRequestBody();
        this.max = bound.toBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(IMPORTS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max) {
            tooLarge(request, response);
            return;
        }
        var bounded = new BoundedRequest(request, max);
        try {
            chain.doFilter(bounded, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!bounded.exceeded || response.isCommitted()) {
                throw e;
            }
            tooLarge(request, response);
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, "The request body is over oncograph.security.max-request-body (" + bound + ").",
                Map.of("bound", "oncograph.security.max-request-body", "maxBytes", max));
    }

    /** The request, with a body that fails once more than {@code max} bytes have been read from it. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long max;
        private boolean exceeded;
        private ServletInputStream stream;

        BoundedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }

        private final class Counting extends ServletInputStream {

            private final ServletInputStream in;
            private long read;

            Counting(ServletInputStream in) {
                this.in = in;
            }

            private int count(int n) {
                if (n > 0) {
                    read += n;
                    if (read > max) {
                        exceeded = true;
                        // Spring MVC answers this exception 413 wherever the body is read (a message converter,
                        // a router function); an IOException would be reported as an unreadable body, 400.
                        throw new MaxUploadSizeExceededException(max);
                    }
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return count(in.read(buffer, offset, length));
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
