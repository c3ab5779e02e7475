package fr.ipe.action.api;

/** Request examples of the API document: a forum on trades in the académie de Lyon, 2007. */
final class RequestExamples {

    private RequestExamples() {
    }

    static final String PARTNERS = """
            {"etablissementUais": ["0690001B", "0690002C"], "companySirets": ["55208131766522"],
             "professionalOrganisations": ["UIMM Rhône"]}""";
    static final String FIGURES = """
            {"etablissements": 4, "girls": 310, "boys": 352, "staffWomen": 18, "staffMen": 25, "companies": 12,
             "professionalOrganisations": 1}""";
    static final String PLAN = """
            {"academie": "lyon", "ipeIds": ["7d4e8a20-6c1b-4f3e-a5d9-20070901e002"], "theme": "trades-information",
             "title": "Forum des métiers de l'industrie du bassin lyonnais",
             "firstDay": "2007-03-12", "lastDay": "2007-03-16", "plannedOn": "2007-01-15",
             "partners": """ + PARTNERS + """
            }""";
    static final String REPORT = """
            {"reportedOn": "2007-03-30", "figures": """ + FIGURES + """
            }""";
    static final String VALIDATION = """
            {"validatedOn": "2007-04-10"}""";
    static final String CORRECTION = """
            {"theme": "trades-information", "firstDay": "2007-03-12", "lastDay": "2007-03-16",
             "reason": "Deux élèves d'un collège comptés après coup", "correctedOn": "2007-05-02",
             "partners": """ + PARTNERS + """
            ,
             "figures": {"etablissements": 4, "girls": 312, "boys": 352, "staffWomen": 18, "staffMen": 25,
                         "companies": 12, "professionalOrganisations": 1}}""";
    static final String CANCELLATION = """
            {"reason": "Forum reporté sine die", "cancelledOn": "2007-02-20"}""";
}
