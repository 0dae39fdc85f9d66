package org.oncograph.web;

/** Which request parameter was wrong and why, as listed in a problem's {@code errors} member. */
public record ParameterError(String parameter, String reason) {
}
