package vn.thidua.scoring;

import vn.thidua.scoring.domain.Stage;

/**
 * Where a bloc year's scoring stands, read without its table's criteria and bands: what the workspace and the
 * dashboard show of it (one statement instead of three, issue 20).
 */
public record RoundStatus(
        Long templateId,
        String templateName,
        int templateVersionNo,
        Stage stage,
        boolean inspectionOpen,
        long version) {}
