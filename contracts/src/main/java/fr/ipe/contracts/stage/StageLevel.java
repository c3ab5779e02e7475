package fr.ipe.contracts.stage;

/**
 * The level of the pupils a stage is for. The bank favours the vocational stages assessed at the exam (CAP to BTS) and
 * the 3e découverte professionnelle (cahier des charges of the académie stage bank, 2008).
 */
public enum StageLevel {
    /** 3e: the one-week observation stage. */
    TROISIEME_OBSERVATION(false),
    /** 3e découverte professionnelle (option DP6). */
    TROISIEME_DP(true),
    CAP(true),
    BEP(true),
    BAC_PRO(true),
    BAC_TECHNO(false),
    BTS(true);

    private final boolean favoured;

    StageLevel(boolean favoured) {
        this.favoured = favoured;
    }

    /** An exam-assessed vocational stage (CAP to BTS) or 3e découverte professionnelle, which the bank favours. */
    public boolean favoured() {
        return favoured;
    }
}
