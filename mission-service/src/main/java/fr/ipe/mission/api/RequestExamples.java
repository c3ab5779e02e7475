package fr.ipe.mission.api;

/**
 * Request examples of the API document, from a mission of the 2007 programme in the académie of Toulouse (fictitious
 * company, names and dates). Amounts in euro cents: the 2007 budget's 33 000 € salary allowance and 4 200 € travel.
 */
final class RequestExamples {

    private RequestExamples() {
    }

    static final String COMPANY = """
            {"siret": "55208131766522", "name": "Entreprise fictive Aéro-Sud", "registeredOn": "2007-05-02"}""";
    static final String IPE = """
            {"companySiret": "55208131766522", "name": "Camille Exemple", "contact": "camille.exemple@example.org",
             "account": "ipe-toulouse-exemple", "registeredOn": "2007-05-10"}""";
    static final String PRIORITIES = """
            {"year": 2007, "proposedOn": "2007-01-15", "adoptedOn": "2007-02-08",
             "priorities": [{"code": "egalite-des-chances", "title": "Égalité des chances"},
                            {"code": "decouverte-professionnelle", "title": "Découverte professionnelle en 3e"}]}""";
    static final String NEED = """
            {"academie": "toulouse", "title": "Partenariat école-entreprise en Midi-Pyrénées",
             "profile": "Ingénieur confirmé de l'aéronautique", "axisCodes": ["stages-tutorat", "partenariat-entreprises"],
             "priorityYear": 2007, "priorityCode": "egalite-des-chances", "nonSubstitutionDeclared": true,
             "nonSubstitutionJustification": "Mission d'interface avec les entreprises : aucun emploi de la fonction publique n'a cet objet",
             "postedOn": "2007-04-02"}""";
    static final String CANDIDATURE = """
            {"ipeId": "7d4e8a20-6c1b-4f3e-a5d9-20070901e001", "submittedOn": "2007-05-14"}""";
    static final String PRESELECTION = """
            {"on": "2007-05-30"}""";
    static final String SELECTION = """
            {"on": "2007-06-12"}""";
    static final String REJECTION = """
            {"on": "2007-06-12", "reason": "Profil sans expérience de l'apprentissage"}""";
    static final String SPECIFICATION = """
            {"objectives": "Développer les stages en entreprise des lycées professionnels",
             "calendar": "Rentrée 2007 : diagnostic ; 2008 : conventions de bassin",
             "means": "Bureau au rectorat, véhicule de service", "durationMonths": 36, "specifiedOn": "2007-06-20"}""";
    static final String DELEGATION = """
            {"needId": "3b9f2c71-5d8e-4a6b-9c0d-20070901c001", "secondmentConventionId": null,
             "startDate": "2007-09-01", "endDate": "2010-08-31", "signedOn": "2007-07-12",
             "salaryAllowanceCentsPerYear": 3300000, "travelCentsPerYear": 420000, "reimbursedSharePercent": 50}""";
    static final String LETTER = """
            {"schoolYear": "2007-2008", "axisCodes": ["stages-tutorat", "partenariat-entreprises"],
             "objectives": "Stages des lycées professionnels du bassin toulousain", "issuedOn": "2007-09-03"}""";
    static final String CERTIFICATION = """
            {"schoolYear": "2007-2008", "certifiedOn": "2008-09-15"}""";
    static final String END = """
            {"endedOn": "2009-06-30", "reason": "Retour anticipé dans l'entreprise"}""";
}
