-- The command side's lookup table of needs, owned by the application layer (NeedLedger) and never read by a view, by
-- matching or by a GET: what a reservation checks on the need's side, under the need's row lock, in its own
-- transaction (the need open, its weeks, its pupils and those placed). The check is the last guard: a reservation is
-- refused (409 need-met) before it could break it. Needs stated before the ledger take their figures from their view.
CREATE TABLE need_ledger (
    need_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    academie VARCHAR(64) NOT NULL,
    open     BOOLEAN     NOT NULL,
    weeks    INT[]       NOT NULL,
    pupils   INT         NOT NULL,
    placed   INT         NOT NULL,
    CONSTRAINT need_ledger_placed_within_pupils CHECK (placed BETWEEN 0 AND pupils)
);
INSERT INTO need_ledger (need_id, academie, open, weeks, pupils, placed)
    SELECT need_id, academie, status = 'OPEN', weeks, pupils, placed FROM need_view;
