package fr.ipe.stagebank.api;

/**
 * Request examples of the API document, from the stage bank of the académie d'Aix-Marseille in 2009-2010 (plan
 * "Espoir banlieues"): a lycée professionnel of the northern districts of Marseille and an industrial company.
 */
final class RequestExamples {

    private RequestExamples() {
    }

    static final String IMPORT_CSV = """
            uai,bassin,kind,name,priorities
            0130053M,marseille-nord,LYCEE_PROFESSIONNEL,Lycée professionnel de la Viste,ESPOIR_BANLIEUES|REP_PLUS|QPV
            0131234W,marseille-nord,COLLEGE,Collège Henri Barnier,OBJECTIF_STAGES|REP_PLUS
            0130040Y,aix-en-provence,LYCEE_POLYVALENT,Lycée polyvalent Vauvenargues,
            """;

    static final String OFFER = """
            {"academie": "aix-marseille", "bassin": "marseille-nord", "companySiret": "55208131766522",
             "companyName": "Atelier de maintenance industrielle", "sector": "Industrie",
             "trade": "Maintenance des équipements industriels", "levels": ["BAC_PRO", "BTS"], "placesPerWeek": 3,
             "weeks": ["2009-W46", "2009-W47", "2010-W05"],
             "conditions": "Chaussures de sécurité fournies ; tuteur désigné"}""";

    static final String NEED = """
            {"uai": "0130053M", "level": "BAC_PRO", "speciality": "Maintenance des équipements industriels",
             "pupils": 12, "weeks": ["2009-W46", "2009-W47"],
             "objectives": "Période de formation en milieu professionnel évaluée au baccalauréat"}""";

    static final String RESERVATION = """
            {"needId": "8e2d4f6a-1b3c-4d5e-a6f7-20090921n001", "places": 2, "weeks": ["2009-W46", "2009-W47"]}""";

    static final String WITHDRAWAL = """
            {"reason": "Arrêt de la ligne de production"}""";
    static final String CLOSURE = """
            {"reason": "Élèves placés par la banque et par l'établissement"}""";
    static final String CANCELLATION = """
            {"reason": "Élèves placés par l'établissement"}""";
}
