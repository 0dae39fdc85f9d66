package org.oncograph.web;

import java.util.List;
import java.util.Map;

/** Nothing answers to what was asked: 404 {@code not-found}, with the closest {@code suggestions} when known. */
public class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }

    /** @param suggestions what the client may have meant (records that serialise to JSON), closest first */
    public NotFoundException(String detail, List<?> suggestions) {
        super(ProblemType.NOT_FOUND, detail, Map.of("suggestions", List.copyOf(suggestions)));
    }
}
