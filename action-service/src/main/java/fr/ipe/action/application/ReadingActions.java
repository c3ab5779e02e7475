package fr.ipe.action.application;

import fr.ipe.action.query.ActionView;
import fr.ipe.action.query.ActionViewRepository;
import fr.ipe.contracts.action.ActionStatus;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.web.Page;
import org.springframework.stereotype.Component;

/** Actions as their readers see them: one action if the caller's académie reaches it, a page of those it reaches. */
@Component
public class ReadingActions {

    private final ExistingAggregates<ActionView> actions;
    private final ActionViewRepository views;
    private final ActionAccess access;

    public ReadingActions(ExistingAggregates<ActionView> actions, ActionViewRepository views, ActionAccess access) {
        this.actions = actions;
        this.views = views;
        this.access = access;
    }

    public ActionView visible(String actionId) {
        return actions.visible(actionId, access::requireRead);
    }

    /**
     * Actions by académie and status after the cursor {@code after}; {@code national}: the national ones only. A
     * RECTORAT or an IPE gets its own académie's only.
     */
    public Page<ActionView> page(boolean national, String academie, ActionStatus status, String after, int limit) {
        return Page.of(views.page(national, academie, status, access.listedAcademie(academie), after, limit), limit,
                ActionView::actionId);
    }
}
