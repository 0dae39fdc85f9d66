package org.oncograph.therapy;

import org.oncograph.trial.TrialPhase;
import org.oncograph.trial.TrialStatus;

/**
 * Which therapies to list; every field is optional. References are already resolved to keys.
 *
 * @param antigen  HGNC symbol of an antigen the therapy targets
 * @param cancer   id of a cancer the therapy is studied for, itself or one of its subtypes
 * @param modality id of a modality the therapy is of, itself or one of its narrower kinds
 * @param phase    the therapy has a trial in this phase
 * @param status   the therapy has a trial with this status
 */
public record TherapyFilter(String antigen, String cancer, String modality, TrialPhase phase, TrialStatus status) {
}
