package org.oncograph.therapy;

import org.oncograph.graph.EntityType;
import org.oncograph.graph.ReferenceResolver;
import org.oncograph.trial.TrialPhase;
import org.oncograph.trial.TrialStatus;
import org.oncograph.web.ParameterChecks;
import org.springframework.stereotype.Component;

/**
 * Turns the therapy filter parameters shared by several endpoints into a {@link TherapyFilter}: first
 * {@link #check} (every malformed parameter is reported in one 400), then {@link #resolve} the references.
 */
@Component
public class TherapyFilters {

    private final ReferenceResolver resolver;

    TherapyFilters(ReferenceResolver resolver) {
        this.resolver = resolver;
    }

    /** The parameters as typed, checked for form only. */
    public record Checked(String antigen, String cancer, String modality, TrialPhase phase, TrialStatus status) {
    }

    public Checked check(ParameterChecks checks, String antigen, String cancer, String modality, String phase,
                         String status) {
        return new Checked(checks.text("antigen", antigen, false, 200), checks.text("cancer", cancer, false, 200),
                checks.text("modality", modality, false, 200),
                checks.oneOf("phase", phase, TrialPhase::parse, TrialPhase.names()),
                checks.oneOf("status", status, TrialStatus::parse, TrialStatus.names()));
    }

    /** Resolves the references; {@code antigenKey}/{@code cancerKey}, when given, replace the parameters. */
    public TherapyFilter resolve(Checked checked, String antigenKey, String cancerKey) {
        String antigen = antigenKey != null ? antigenKey : checked.antigen() == null ? null
                : resolver.resolve("antigen", checked.antigen(), EntityType.ANTIGEN).key();
        String cancer = cancerKey != null ? cancerKey : checked.cancer() == null ? null
                : resolver.resolve("cancer", checked.cancer(), EntityType.CANCER).key();
        String modality = checked.modality() == null ? null
                : resolver.resolve("modality", checked.modality(), EntityType.MODALITY).key();
        return new TherapyFilter(antigen, cancer, modality, checked.phase(), checked.status());
    }
}
