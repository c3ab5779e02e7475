package fr.ipe.stagebank.query;

import java.util.List;

/** A company's commitment: the trainees it committed to host each school year, and its refusal to renew if any. */
public record CommitmentView(String commitmentId, String academie, String bassin, String companySiret,
                             String companyName, Status status, List<Year> years, String declinedFor,
                             String declineReason, long version) {

    public enum Status { ACTIVE, DECLINED }

    public record Year(String schoolYear, int trainees) {
    }
}
