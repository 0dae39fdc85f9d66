package org.oncograph.benchmark;

import java.util.List;

import org.oncograph.benchmark.baseline.BaselineEntities;
import org.oncograph.benchmark.baseline.SaveAllBaseline;

/** Turns a generated trial into the baseline's SDN entities: the same data the import path writes. */
final class BaselineMapping {

    private BaselineMapping() {
    }

    static SaveAllBaseline.Mapper<SyntheticRegistry.Trial> of(SyntheticRegistry registry) {
        return (trial, entities) -> {
            var t = new BaselineEntities.Trial();
            t.nctId = trial.nctId();
            t.title = trial.briefTitle();
            t.officialTitle = trial.officialTitle();
            t.phases = trial.phases();
            t.status = trial.status();
            t.startDate = trial.startDate();
            t.completionDate = trial.completionDate();
            t.enrollment = trial.enrollment();
            t.studyType = trial.studyType();
            for (int index : trial.therapies()) {
                var therapy = registry.therapy(index);
                t.therapies.add(entities.get("therapy:" + therapy.id(), key -> {
                    var th = new BaselineEntities.Therapy();
                    th.id = therapy.id();
                    th.name = therapy.name();
                    th.synonyms = List.of(therapy.code());
                    for (int rank : therapy.targets()) {
                        var antigen = registry.antigen(rank);
                        th.targets.add(entities.get("antigen:" + antigen.symbol(), k -> {
                            var a = new BaselineEntities.Antigen();
                            a.symbol = antigen.symbol();
                            a.name = antigen.name();
                            return a;
                        }));
                    }
                    return th;
                }));
            }
            for (int rank : trial.cancers()) {
                var cancer = registry.cancer(rank);
                t.cancers.add(entities.get("cancer:" + cancer.id(), key -> {
                    var c = new BaselineEntities.Cancer();
                    c.id = cancer.id();
                    c.name = cancer.name();
                    return c;
                }));
            }
            t.sponsors.add(institution(registry, entities, trial.leadSponsor()));
            trial.collaborators().forEach(i -> t.sponsors.add(institution(registry, entities, i)));
            trial.sites().forEach(i -> t.sites.add(institution(registry, entities, i)));
            for (int index : trial.officials()) {
                var person = registry.person(index);
                t.officials.add(entities.get("person:" + index, key -> {
                    var p = new BaselineEntities.Person();
                    p.id = SyntheticRegistry.slug(person.name());
                    p.name = person.name();
                    return p;
                }));
            }
            for (String pmid : trial.pmids()) {
                t.publications.add(entities.get("pmid:" + pmid, key -> {
                    var p = new BaselineEntities.Publication();
                    p.id = "pmid:" + pmid;
                    p.pmid = pmid;
                    return p;
                }));
            }
            return t;
        };
    }

    private static BaselineEntities.Institution institution(SyntheticRegistry registry,
                                                            SaveAllBaseline.Entities entities, int index) {
        var institution = registry.institution(index);
        return entities.get("institution:" + institution.id(), key -> {
            var i = new BaselineEntities.Institution();
            i.id = institution.id();
            i.name = institution.name();
            i.city = institution.city();
            i.country = institution.country();
            return i;
        });
    }
}
