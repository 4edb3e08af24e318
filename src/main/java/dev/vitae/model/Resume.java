package dev.vitae.model;

import java.util.List;
import java.util.Map;

/** Everything one resume.yaml says about a person. */
public record Resume(
    @Key("$schema") @Doc("JSON Schema reference, ignored by vitae") String schema,
    @Required @Doc("who the person is and how to reach them") Basics basics,
    @Doc("headline figures shown as cards") List<Metric> metrics,
    @Doc("jobs, newest first") List<Work> work,
    List<Volunteer> volunteer,
    List<Education> education,
    List<Award> awards,
    List<Certificate> certificates,
    List<Publication> publications,
    @Doc("skill groups, each with keywords") List<SkillGroup> skills,
    List<Language> languages,
    List<Interest> interests,
    List<Reference> references,
    List<Project> projects,
    @Doc("systems built, one line each") List<SystemEntry> systems,
    @Doc("long-form case studies for the dossier") List<Dossier> dossiers,
    @Doc("pipelines drawn as numbered steps") List<Diagram> diagrams,
    @Doc("short engineering write-ups") List<Note> notes,
    @Doc("operating philosophy") List<Principle> principles,
    @Doc("titles and introductions of the dossier's parts, by part") @Keys(DossierPart.class)
        Map<String, SectionText> sections,
    @Doc("named tailoring profiles per target role") Map<String, Variant> variants,
    Meta meta,
    @Doc("the web pages: the header they open with") Web web,
    @Doc(
            "the language the résumé is written in: month names, the PDF's language, a right-to-left page")
        Localization locale,
    @Doc(
            "extra TrueType fonts (.ttf, paths inside the folder of resume.yaml), tried before the shipped ones, for characters those lack or a design you prefer")
        List<String> fonts) {}
