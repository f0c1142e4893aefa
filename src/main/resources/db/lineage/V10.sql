-- Brings V10 as shipped by 154f703 (2026-12-03) to V10 as it is: one enabled account per council member.
CREATE UNIQUE INDEX IF NOT EXISTS app_user_council_member ON app_user (council_member_id)
    WHERE council_member_id IS NOT NULL AND enabled;
