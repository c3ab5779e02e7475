package fr.ipe.convention.api;

/**
 * Request examples of the API document, from the 2007 national convention (signed on 1 March 2007 by the ministry
 * and the association, 7 200 000 € over four years, annex 2 budget of 7 760 000 €). Amounts in euro cents.
 */
final class RequestExamples {

    private RequestExamples() {
    }

    static final String BUDGET_2007 = """
            {"income": [
               {"code": "state-subsidy", "label": "Subvention de l'État", "amountCents": 720000000},
               {"code": "apprenticeship-tax", "label": "Taxe d'apprentissage", "amountCents": 16000000},
               {"code": "company-contributions", "label": "Contributions des entreprises", "amountCents": 40000000}],
             "spending": [
               {"code": "salary-allowances", "label": "Indemnités salariales", "amountCents": 633600000,
                "count": 48, "years": 4, "unitAmountCents": 3300000},
               {"code": "travel", "label": "Frais de déplacement", "amountCents": 92400000,
                "count": 55, "years": 4, "unitAmountCents": 420000},
               {"code": "structure-costs", "label": "Frais de structure", "amountCents": 50000000}]}""";

    static final String DRAFT = """
            {"kind": "NATIONAL_MULTI_YEAR",
             "title": "Convention pluriannuelle d'objectifs 2007-2011",
             "objectives": "L'association réalise les actions de l'annexe 1 ; le ministère contribue à leur financement (article 1).",
             "parties": [{"role": "MINISTRY", "name": "Ministère de l'Éducation nationale (DGESCO)"},
                         {"role": "ASSOCIATION", "name": "Ingénieurs pour l'école", "identifier": "42843689300013"}],
             "startDate": "2007-03-01", "durationYears": 4,
             "subsidyTotalCents": 720000000, "yearlySubsidyCents": [180000000, 180000000, 180000000, 180000000],
             "fiscalYearEnd": "--12-31",
             "budget": """ + BUDGET_2007 + """
            ,
             "annexes": [{"number": 1, "title": "Actions de l'association"}, {"number": 3, "title": "Évaluation"}]}""";

    static final String SIGNATURE = """
            {"party": "MINISTRY", "signatory": "Gilles de Robien, ministre de l'Éducation nationale", "signedOn": "2007-03-01"}""";

    static final String NOTIFICATION = """
            {"year": 2008, "amountCents": 180000000, "notifiedOn": "2008-01-15"}""";
    static final String PAYMENT = """
            {"year": 2008, "amountCents": 180000000, "paidOn": "2008-03-14"}""";
    static final String SUSPENSION = """
            {"year": 2009, "suspendedOn": "2009-07-02", "reason": "Compte rendu financier 2008 non transmis avant le 1er juillet 2009 (articles 5 et 7)"}""";
    static final String RESUMPTION = """
            {"year": 2009, "resumedOn": "2009-09-15"}""";
    static final String REDUCTION = """
            {"year": 2009, "amountCents": 20000000, "reducedOn": "2009-09-15", "reason": "Retard significatif dans l'exécution des actions de l'annexe 1 (article 7)"}""";
    static final String RECLAIM = """
            {"year": 2008, "amountCents": 10000000, "reclaimedOn": "2009-10-01", "reason": "Actions de l'annexe 1 non exécutées en 2008 (article 7)"}""";

    static final String DOCUMENT = """
            {"fiscalYear": 2007, "document": "FINANCIAL_REPORT", "filedOn": "2008-06-16"}""";
    static final String EVALUATION = """
            {"filedOn": "2010-06-15"}""";
    static final String TERMINATION_NOTICE = """
            {"party": "MINISTRY", "noticeOn": "2009-03-02", "breachedArticle": 5,
             "reason": "Comptes annuels 2008 non transmis dans les six mois suivant la clôture de l'exercice (article 5)"}""";
    static final String TERMINATION_WITHDRAWAL = """
            {"party": "MINISTRY", "withdrawnOn": "2009-04-15"}""";
    static final String RENEWAL = """
            {"renewedOn": "2011-01-17", "title": "Convention pluriannuelle d'objectifs 2011-2015",
             "objectives": "L'association réalise les actions de l'annexe 1 ; le ministère contribue à leur financement (article 1).",
             "startDate": "2011-03-01", "durationYears": 4,
             "subsidyTotalCents": 720000000, "yearlySubsidyCents": [180000000, 180000000, 180000000, 180000000],
             "budget": """ + BUDGET_2007 + """
            ,
             "annexes": [{"number": 1, "title": "Actions de l'association"}, {"number": 3, "title": "Évaluation"}]}""";
    static final String AVENANT = """
            {"proposedOn": "2010-12-01", "purpose": "Prolonger la convention de six mois pour achever l'évaluation finale",
             "endDate": "2011-08-31",
             "yearlySubsidyCents": [180000000, 180000000, 180000000, 135000000, 45000000]}""";
    /** The association's assembly approving the 2007 accounts, and the copy of an art. 6 declaration. */
    static final String GENERAL_ASSEMBLY = """
            {"fiscalYear": 2007, "heldOn": "2008-06-10"}""";
    static final String DECLARATION = """
            {"article": "ARTICLE_3", "declaredOn": "2008-06-12", "filedOn": "2008-06-20"}""";
}
