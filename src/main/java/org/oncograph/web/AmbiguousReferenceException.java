package org.oncograph.web;

import java.util.List;
import java.util.Map;

/** A reference names several entities: 409 {@code ambiguous-reference} with the {@code candidates} to choose from. */
public class AmbiguousReferenceException extends ApiException {

    /**
     * @param parameter  the request parameter (or path variable) that held the reference
     * @param candidates the entities it names (records that serialise to JSON)
     */
    public AmbiguousReferenceException(String parameter, String reference, List<?> candidates) {
        super(ProblemType.AMBIGUOUS_REFERENCE,
                "'" + reference + "' (" + parameter + ") names " + candidates.size()
                        + " entities; ask again with the key of one of the candidates.",
                Map.of("parameter", parameter, "candidates", List.copyOf(candidates)));
    }
}
