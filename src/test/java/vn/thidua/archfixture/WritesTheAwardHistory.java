package vn.thidua.archfixture;

/** Writes the award history outside its owner on purpose, so that OwnedTablesTest can show its rule bites. */
public class WritesTheAwardHistory {

    static final String SQL = """
            insert into subject_record (subject_id, year, award) values (:s, :y, :a)""";
}
