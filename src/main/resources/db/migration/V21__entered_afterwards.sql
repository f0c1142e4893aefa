-- A bloc year entered afterwards (nhập bổ sung): a past year whose conference was held before the
-- board recorded it. Its objection window and its công khai count as over at once; the current year
-- keeps its real clocks. One row per year, written once by the board of the bloc's authority.
CREATE TABLE bloc_year_afterwards (
    bloc_year_id bigint PRIMARY KEY REFERENCES bloc_year (id) ON DELETE CASCADE,
    reason       text NOT NULL CHECK (length(reason) BETWEEN 5 AND 1000),
    marked_by    varchar(100) NOT NULL,
    marked_at    timestamptz NOT NULL
);
