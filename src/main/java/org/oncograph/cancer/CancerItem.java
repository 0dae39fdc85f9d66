package org.oncograph.cancer;

import java.util.List;

import org.oncograph.graph.EntitySummary;

/**
 * A cancer as the cancer list shows it.
 *
 * @param broader      the cancers it is a subtype of
 * @param subtypeCount how many cancers are direct subtypes of it
 * @param therapyCount how many therapies a source says are studied for it (STUDIED_FOR)
 * @param trialCount   how many trials study it
 */
public record CancerItem(String id, String name, List<String> synonyms, List<EntitySummary> broader,
                         long subtypeCount, long therapyCount, long trialCount) {
}
