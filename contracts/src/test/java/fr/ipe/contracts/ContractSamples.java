package fr.ipe.contracts;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.AssociationDocumentFiled;
import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.AvenantPartySigned;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.BudgetLine;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionExpired;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.ConventionTacitlyRenewed;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.FinalEvaluationOverdue;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.mission.CandidaturePreselected;
import fr.ipe.contracts.mission.CandidatureRejected;
import fr.ipe.contracts.mission.CandidatureSelected;
import fr.ipe.contracts.mission.CandidatureSubmitted;
import fr.ipe.contracts.mission.DelegationSigned;
import fr.ipe.contracts.mission.IpeRegistered;
import fr.ipe.contracts.mission.MemberCompanyRegistered;
import fr.ipe.contracts.mission.MissionCertified;
import fr.ipe.contracts.mission.MissionLetterIssued;
import fr.ipe.contracts.mission.MissionSpecified;
import fr.ipe.contracts.mission.NationalPrioritiesAdopted;
import fr.ipe.contracts.mission.NationalPriority;
import fr.ipe.contracts.mission.NeedPosted;
import fr.ipe.contracts.mission.ReimbursementCommitted;
import fr.ipe.contracts.mission.MissionEnded;
import fr.ipe.contracts.mission.ReimbursementReleased;
import fr.ipe.contracts.convention.GeneralAssemblyHeld;
import fr.ipe.contracts.convention.DeclarationCopyFiled;
import fr.ipe.contracts.convention.AssociationDeclaration;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.contracts.convention.SubsidyResumed;
import fr.ipe.contracts.convention.SubsidySuspended;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.contracts.convention.TerminationWithdrawn;
import fr.ipe.contracts.action.ActionCancelled;
import fr.ipe.contracts.action.ActionCarriedOut;
import fr.ipe.contracts.action.ActionCorrected;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.contracts.action.ActionPlanned;
import fr.ipe.contracts.action.ActionValidated;
import fr.ipe.contracts.stage.CommitmentRenewalDeclined;
import fr.ipe.contracts.stage.CommitmentRenewed;
import fr.ipe.contracts.stage.CompanyCommitted;
import fr.ipe.contracts.stage.EtablissementChanged;
import fr.ipe.contracts.stage.EtablissementKind;
import fr.ipe.contracts.stage.EtablissementRegistered;
import fr.ipe.contracts.stage.MentorRegistered;
import fr.ipe.contracts.stage.MentorStatus;
import fr.ipe.contracts.stage.MentoringRecorded;
import fr.ipe.contracts.stage.OfferEntrant;
import fr.ipe.contracts.stage.PlacementCancelled;
import fr.ipe.contracts.stage.PlacementConfirmed;
import fr.ipe.contracts.stage.PlacesReserved;
import fr.ipe.contracts.stage.PriorityFlag;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageNeedClosed;
import fr.ipe.contracts.stage.StageNeedStated;
import fr.ipe.contracts.stage.StageOfferExpired;
import fr.ipe.contracts.stage.StageOfferPublished;
import fr.ipe.contracts.stage.StageOfferWithdrawn;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * THE place for the sample value of every published event: {@link WriteContractExamples} writes
 * {@code src/test/resources/contract-examples/<ce-type>.json} from these, and {@link ContractExamplesTest} checks that
 * each frozen example still equals its sample. A new event type needs a sample here (then run the writer); changing
 * the sample of an existing type changes a frozen example, which is a contract change: publish a new type version.
 * <p>
 * Values come from the 2007–2011 national multi-year convention (ministry ↔ association, signed 1 March 2007,
 * 7 200 000 € over four years, annex 2 budget of 7 760 000 €); termination samples use a framework agreement of the
 * académie de Lyon with the UIMM, so that the {@code academie} component carries a value somewhere. Money in euro cents.
 */
final class ContractSamples {

    static final String NATIONAL_2007 = "5f1c9e2a-7b3d-4c8e-a1f0-20070301a001";
    static final String LYON_UIMM = "c8d2a4b6-3e5f-4a71-9b0c-20081a0c0001";
    static final String NATIONAL_2011 = "9a3e1b7c-2d4f-4e6a-8b5c-20110301a001";
    static final String AVENANT_1 = "0e7b5c3d-91a2-4f6e-8d4b-20090115b001";
    static final String MISSION_TOULOUSE = "e2a7c9d1-4b6f-4e3a-8d2c-20070901m001";
    static final String NEED_TOULOUSE = "3b9f2c71-5d8e-4a6b-9c0d-20070901c001";
    static final String IPE_TOULOUSE = "7d4e8a20-6c1b-4f3e-a5d9-20070901e001";
    static final String CANDIDATURE_TOULOUSE = "9e1b4d63-2a7c-4f8e-b0d5-20070901c001";
    static final String ACTION_LYON = "a1c3e5f7-2b4d-4f6a-8c0e-20070312a001";
    static final String ASSOCIATION_SIRET = "42843689300013";
    /** The stage bank of the académie d'Aix-Marseille, 2009-2010: a lycée professionnel of Marseille (REP+, QPV). */
    static final String LP_MARSEILLE = "0130053M";
    static final String OFFER_MARSEILLE = "4c1e8b2a-9d3f-4a6e-b7c5-20091005s001";
    static final String NEED_MARSEILLE = "8e2d4f6a-1b3c-4d5e-a6f7-20090921n001";
    static final String PLACEMENT_MARSEILLE = "a3b5c7d9-2e4f-4a6b-8c0d-20091012p001";
    static final String COMMITMENT_MARSEILLE = "d1e3f5a7-6b8c-4d0e-9f1a-20090901k001";
    static final String MENTOR_MARSEILLE = "f7a9b1c3-5d7e-4f9a-8b2c-20091001m001";

    private ContractSamples() {
    }

    /** One sample per published event type. */
    static List<PublishedEvent> all() {
        return List.of(
                new ConventionDrafted(NATIONAL_2007, ConventionKind.NATIONAL_MULTI_YEAR,
                        "Convention pluriannuelle d'objectifs 2007-2011",
                        "L'association met en œuvre les actions de l'annexe 1 en faveur de la découverte des métiers "
                                + "de l'industrie et de l'entreprise par les élèves et les enseignants ; le ministère "
                                + "contribue à leur financement.",
                        null, parties(), LocalDate.of(2007, 3, 1), 4, LocalDate.of(2011, 2, 28),
                        720_000_000L, yearly(4), MonthDay.of(12, 31), budget(4), annexes(), null),
                new ConventionPartySigned(NATIONAL_2007, null, PartyRole.MINISTRY, "Gilles de Robien",
                        LocalDate.of(2007, 3, 1)),
                new ConventionSigned(NATIONAL_2007, null, LocalDate.of(2007, 3, 1)),
                new ConventionEnteredIntoForce(NATIONAL_2007, null, LocalDate.of(2007, 3, 1)),
                new ConventionTacitlyRenewed(NATIONAL_2007, null, LocalDate.of(2008, 3, 1), 2),
                new ConventionRenewalWithheld(NATIONAL_2007, null, LocalDate.of(2010, 3, 1),
                        List.of("ANNUAL_ACCOUNTS 2008", "AUDITOR_REPORT 2008")),
                new ConventionExpired(NATIONAL_2007, null, LocalDate.of(2011, 3, 1)),
                new ConventionRenewed(NATIONAL_2007, null, LocalDate.of(2011, 1, 17), NATIONAL_2011,
                        LocalDate.of(2011, 3, 1)),
                new TerminationNotified(LYON_UIMM, "lyon", PartyRole.RECTORAT, LocalDate.of(2009, 11, 2),
                        LocalDate.of(2010, 2, 2), 3, "Aucun stage proposé aux enseignants en 2008-2009"),
                new TerminationWithdrawn(LYON_UIMM, "lyon", PartyRole.RECTORAT, LocalDate.of(2009, 12, 14)),
                new ConventionTerminated(LYON_UIMM, "lyon", LocalDate.of(2010, 2, 2)),
                new AssociationDocumentFiled(NATIONAL_2007, null, 2007, AssociationDocument.FINANCIAL_REPORT,
                        LocalDate.of(2008, 6, 30), LocalDate.of(2008, 6, 12), false),
                new AssociationDocumentOverdue(NATIONAL_2007, null, 2008, AssociationDocument.ANNUAL_ACCOUNTS,
                        LocalDate.of(2009, 6, 30)),
                new FinalEvaluationFiled(NATIONAL_2007, null, LocalDate.of(2010, 6, 30), LocalDate.of(2010, 6, 21),
                        false),
                new FinalEvaluationOverdue(NATIONAL_2007, null, LocalDate.of(2010, 6, 30)),
                new GeneralAssemblyHeld(NATIONAL_2007, null, 2007, LocalDate.of(2008, 5, 22), LocalDate.of(2008, 6, 22)),
                new DeclarationCopyFiled(NATIONAL_2007, null, AssociationDeclaration.ARTICLE_3, LocalDate.of(2008, 6, 3),
                        LocalDate.of(2008, 7, 3), LocalDate.of(2008, 6, 10), false),
                new AvenantProposed(NATIONAL_2007, null, AVENANT_1, 1, LocalDate.of(2009, 1, 15),
                        "Prolongation d'un an et subvention de la cinquième année", LocalDate.of(2012, 2, 29),
                        900_000_000L, yearly(5), budget(5), null),
                new AvenantPartySigned(NATIONAL_2007, null, AVENANT_1, PartyRole.ASSOCIATION, "Jean-Cyril Spinetta",
                        LocalDate.of(2009, 2, 2)),
                new AvenantApplied(NATIONAL_2007, null, AVENANT_1, 1, LocalDate.of(2009, 2, 10),
                        new ConventionTerms(LocalDate.of(2007, 3, 1), LocalDate.of(2012, 2, 29), 900_000_000L,
                                yearly(5), budget(5), annexes())),
                new SubsidyNotified(NATIONAL_2007, 2007, 180_000_000L, LocalDate.of(2007, 4, 2)),
                new SubsidyPaid(NATIONAL_2007, 2007, 180_000_000L, LocalDate.of(2007, 5, 15)),
                new SubsidySuspended(NATIONAL_2007, 2009, LocalDate.of(2009, 9, 1),
                        "Art. 5 : comptes annuels 2008 non transmis"),
                new SubsidyResumed(NATIONAL_2007, 2009, LocalDate.of(2009, 10, 15)),
                new SubsidyReduced(NATIONAL_2007, 2010, 10_000_000L, LocalDate.of(2010, 9, 15),
                        "Art. 7 : retard important dans l'exécution des actions de l'annexe 1"),
                new SubsidyReclaimed(NATIONAL_2007, 2010, 5_000_000L, LocalDate.of(2011, 1, 20),
                        "Art. 7 : part de la subvention 2010 non employée"),
                new MemberCompanyRegistered("55208131766522", "Entreprise fictive Aéro-Sud", LocalDate.of(2007, 5, 2)),
                new IpeRegistered(IPE_TOULOUSE, "55208131766522", LocalDate.of(2007, 5, 10)),
                new NationalPrioritiesAdopted(2007, List.of(new NationalPriority("egalite-des-chances",
                        "Égalité des chances"), new NationalPriority("decouverte-professionnelle",
                        "Découverte professionnelle en 3e")), LocalDate.of(2007, 1, 15), LocalDate.of(2007, 2, 8)),
                new NeedPosted(NEED_TOULOUSE, "toulouse", "Partenariat école-entreprise en Midi-Pyrénées",
                        "Ingénieur confirmé de l'aéronautique", List.of("stages-tutorat", "partenariat-entreprises"),
                        2007, "egalite-des-chances", "Mission d'interface avec les entreprises : aucun emploi de la "
                        + "fonction publique n'a cet objet", LocalDate.of(2007, 4, 2)),
                new CandidatureSubmitted(NEED_TOULOUSE, CANDIDATURE_TOULOUSE, IPE_TOULOUSE, "55208131766522",
                        "toulouse", LocalDate.of(2007, 5, 14)),
                new CandidaturePreselected(NEED_TOULOUSE, CANDIDATURE_TOULOUSE, "toulouse", LocalDate.of(2007, 5, 30)),
                new CandidatureSelected(NEED_TOULOUSE, CANDIDATURE_TOULOUSE, IPE_TOULOUSE, "toulouse",
                        LocalDate.of(2007, 6, 12)),
                new CandidatureRejected(NEED_TOULOUSE, "4c0a3d82-6e9f-4b7c-8d1e-20070901c002", "toulouse",
                        "Profil sans expérience de l'apprentissage", LocalDate.of(2007, 6, 12)),
                new MissionSpecified(NEED_TOULOUSE, "toulouse", "Développer les stages en entreprise des lycées "
                        + "professionnels", "Rentrée 2007 : diagnostic ; 2008 : conventions de bassin",
                        "Bureau au rectorat, véhicule de service", 36, LocalDate.of(2007, 6, 20)),
                new DelegationSigned(MISSION_TOULOUSE, "3b9f2c71-5d8e-4a6b-9c0d-20070901c001",
                        "7d4e8a20-6c1b-4f3e-a5d9-20070901e001", "55208131766522", "toulouse", null,
                        LocalDate.of(2007, 9, 1), LocalDate.of(2010, 8, 31), LocalDate.of(2007, 7, 12)),
                new ReimbursementCommitted(MISSION_TOULOUSE, IPE_TOULOUSE, "55208131766522", "toulouse",
                        3_300_000L, 420_000L, 50, 1_860_000L, 5_580_000L, LocalDate.of(2007, 9, 1),
                        LocalDate.of(2010, 8, 31), LocalDate.of(2007, 7, 12)),
                new MissionLetterIssued(MISSION_TOULOUSE, "toulouse", "2007-2008", 1,
                        List.of("stages-tutorat", "partenariat-entreprises"), "Stages des lycées professionnels du "
                        + "bassin toulousain", LocalDate.of(2007, 9, 3)),
                new MissionCertified(MISSION_TOULOUSE, IPE_TOULOUSE, "55208131766522", "toulouse", "2007-2008",
                        LocalDate.of(2007, 9, 1), LocalDate.of(2008, 8, 31), 1_860_000L, LocalDate.of(2008, 9, 15)),
                new MissionEnded(MISSION_TOULOUSE, "7d4e8a20-6c1b-4f3e-a5d9-20070901e001", "toulouse",
                        LocalDate.of(2009, 6, 30), true, "Retour anticipé dans l'entreprise"),
                new ReimbursementReleased(MISSION_TOULOUSE, IPE_TOULOUSE, "55208131766522", "toulouse", 2_170_000L,
                        3_410_000L, LocalDate.of(2007, 9, 1), LocalDate.of(2009, 6, 30)),
                new ActionPlanned(ACTION_LYON, "lyon", List.of("7d4e8a20-6c1b-4f3e-a5d9-20070901e002"), "2007",
                        "trades-information", "Forum des métiers de l'industrie du bassin lyonnais",
                        LocalDate.of(2007, 3, 12), LocalDate.of(2007, 3, 16), lyonPartners(),
                        LYON_UIMM, LocalDate.of(2007, 1, 15)),
                new ActionCarriedOut(ACTION_LYON, "lyon", new ActionFigures(4, 310, 352, 18, 25, 12, 1),
                        LocalDate.of(2007, 3, 30)),
                new ActionValidated(ACTION_LYON, "lyon", LocalDate.of(2007, 4, 10)),
                new ActionCorrected(ACTION_LYON, "lyon", "trades-information", LocalDate.of(2007, 3, 12),
                        LocalDate.of(2007, 3, 16), lyonPartners(), new ActionFigures(4, 312, 352, 18, 25, 12, 1),
                        "Deux élèves d'un collège comptés après coup", LocalDate.of(2007, 5, 2)),
                new ActionCancelled(ACTION_LYON, "lyon", "Forum reporté sine die", LocalDate.of(2007, 2, 20)),
                new EtablissementRegistered(LP_MARSEILLE, "aix-marseille", "marseille-nord",
                        EtablissementKind.LYCEE_PROFESSIONNEL, "Lycée professionnel de la Viste",
                        List.of(PriorityFlag.ESPOIR_BANLIEUES, PriorityFlag.REP_PLUS, PriorityFlag.QPV),
                        LocalDate.of(2009, 9, 7)),
                new EtablissementChanged(LP_MARSEILLE, "aix-marseille", "marseille-nord",
                        EtablissementKind.LYCEE_PROFESSIONNEL, "Lycée professionnel de la Viste",
                        List.of(PriorityFlag.ESPOIR_BANLIEUES, PriorityFlag.OBJECTIF_STAGES, PriorityFlag.REP_PLUS,
                                PriorityFlag.QPV), LocalDate.of(2009, 10, 1)),
                new StageOfferPublished(OFFER_MARSEILLE, "aix-marseille", "marseille-nord", "55208131766522",
                        "Atelier de maintenance industrielle", "Industrie", "Maintenance des équipements industriels",
                        List.of(StageLevel.BAC_PRO, StageLevel.BTS), 3, List.of("2009-W46", "2009-W47", "2010-W05"),
                        "Chaussures de sécurité fournies ; tuteur désigné", OfferEntrant.ASSOCIATION,
                        LocalDate.of(2009, 10, 5)),
                new StageOfferWithdrawn(OFFER_MARSEILLE, "aix-marseille", LocalDate.of(2010, 1, 11),
                        "Arrêt de la ligne de production"),
                new StageOfferExpired(OFFER_MARSEILLE, "aix-marseille", LocalDate.of(2010, 2, 1)),
                new StageNeedStated(NEED_MARSEILLE, "aix-marseille", LP_MARSEILLE, "marseille-nord", StageLevel.BAC_PRO,
                        "Maintenance des équipements industriels", 12, List.of("2009-W46", "2009-W47"),
                        "Période de formation en milieu professionnel évaluée au baccalauréat", LocalDate.of(2009, 9, 21)),
                new StageNeedClosed(NEED_MARSEILLE, "aix-marseille", LocalDate.of(2009, 12, 18),
                        "Élèves placés par la banque et par l'établissement"),
                new PlacesReserved(OFFER_MARSEILLE, PLACEMENT_MARSEILLE, NEED_MARSEILLE, "aix-marseille", LP_MARSEILLE,
                        true, StageLevel.BAC_PRO, 2, List.of("2009-W46", "2009-W47"), LocalDate.of(2009, 10, 12)),
                new PlacementConfirmed(OFFER_MARSEILLE, PLACEMENT_MARSEILLE, NEED_MARSEILLE, "aix-marseille",
                        LocalDate.of(2009, 10, 20)),
                new PlacementCancelled(OFFER_MARSEILLE, PLACEMENT_MARSEILLE, NEED_MARSEILLE, "aix-marseille", 2,
                        List.of("2009-W46", "2009-W47"), LocalDate.of(2009, 11, 2), "Élèves placés par l'établissement"),
                new CompanyCommitted(COMMITMENT_MARSEILLE, "aix-marseille", "marseille-nord", "55208131766522",
                        "Atelier de maintenance industrielle", 6, "2009-2010", LocalDate.of(2009, 9, 1)),
                new CommitmentRenewed(COMMITMENT_MARSEILLE, "aix-marseille", "2010-2011", 8, LocalDate.of(2010, 6, 30)),
                new CommitmentRenewalDeclined(COMMITMENT_MARSEILLE, "aix-marseille", "2011-2012",
                        "Stagiaires non préparés à l'accueil en entreprise", LocalDate.of(2011, 6, 30)),
                new MentorRegistered(MENTOR_MARSEILLE, "aix-marseille", "IPE-PAR-2009-017", "55208131766522",
                        "Atelier de maintenance industrielle", MentorStatus.RETIRED, LocalDate.of(2009, 10, 1)),
                new MentoringRecorded(MENTOR_MARSEILLE, "aix-marseille", LP_MARSEILLE, "2009-2010", 4,
                        LocalDate.of(2009, 10, 15)));
    }

    /** Two collèges and two lycées of Lyon, a member company, the UIMM. */
    private static ActionPartners lyonPartners() {
        return new ActionPartners(List.of("0690001B", "0690002C", "0691234S", "0692345Z"), List.of("55208131766522"),
                List.of("UIMM Rhône"));
    }

    /** Art. 4: 1 800 000 € a year. */
    private static List<Long> yearly(int years) {
        return java.util.Collections.nCopies(years, 180_000_000L);
    }

    private static List<Party> parties() {
        return List.of(
                new Party(PartyRole.MINISTRY, "Ministère de l'éducation nationale (DGESCO)", null),
                new Party(PartyRole.ASSOCIATION, "Ingénieurs pour l'école", ASSOCIATION_SIRET));
    }

    private static List<Annex> annexes() {
        return List.of(
                new Annex(1, "Les actions", "Les actions de partenariat école-entreprise conduites par les IPE"),
                new Annex(3, "L'évaluation", "Bilan annuel quantitatif et qualitatif ; évaluation finale"));
    }

    /** Annex 2 over {@code years} years: 48 IPE at 33 000 € and travel for 55 IPE at 4 200 € a year; it balances. */
    private static Budget budget(int years) {
        long subsidy = 180_000_000L * years;
        long salaries = 48L * years * 3_300_000L;
        long travel = 55L * years * 420_000L;
        long apprenticeshipTax = 4_000_000L * years;
        long companies = 10_000_000L * years;
        long structure = subsidy + apprenticeshipTax + companies - salaries - travel;
        return new Budget(
                List.of(new BudgetLine("state-subsidy", "Subvention de l'État", subsidy, null, null, null),
                        new BudgetLine("apprenticeship-tax", "Taxe d'apprentissage", apprenticeshipTax, null, null, null),
                        new BudgetLine("company-contributions", "Contributions des entreprises", companies, null, null,
                                null)),
                List.of(new BudgetLine("salary-allowances", "Indemnités salariales", salaries, 48, years, 3_300_000L),
                        new BudgetLine("travel", "Frais de déplacement", travel, 55, years, 420_000L),
                        new BudgetLine("structure-costs", "Frais de structure", structure, null, null, null)));
    }
}
