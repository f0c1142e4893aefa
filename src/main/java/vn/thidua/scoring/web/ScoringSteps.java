package vn.thidua.scoring.web;

import org.springframework.stereotype.Component;
import vn.thidua.scoring.Consolidation;
import vn.thidua.scoring.DiscrepancySettlement;
import vn.thidua.scoring.InspectionAssignment;
import vn.thidua.scoring.ObjectionHandling;
import vn.thidua.scoring.ResultLock;
import vn.thidua.scoring.SheetFilling;

/** The use cases that change a bloc year's scoring, as the page and the API controllers both take them. */
@Component
record ScoringSteps(
        SheetFilling sheets,
        InspectionAssignment inspections,
        DiscrepancySettlement discrepancies,
        Consolidation consolidation,
        ObjectionHandling objections,
        ResultLock lock) {}
