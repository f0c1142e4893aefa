-- A little of a province in any schema since V1 (the first V1 had no bloc_kind on bloc_year).
INSERT INTO authority (code, name, kind) VALUES ('LSN', 'Tỉnh Lạng Sơn', 'PROVINCE');
INSERT INTO unit (authority_id, name, kind) SELECT id, 'Sở Tư pháp', 'SO_NGANH' FROM authority WHERE code = 'LSN';
INSERT INTO unit (authority_id, name, kind) SELECT id, 'Sở Tài chính', 'SO_NGANH' FROM authority WHERE code = 'LSN';
INSERT INTO bloc (authority_id, name, kind) SELECT id, 'Cụm các cơ quan Tham mưu tổng hợp', 'CUM' FROM authority WHERE code = 'LSN';
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'bloc_year' AND column_name = 'bloc_kind') THEN
        INSERT INTO bloc_year (bloc_id, bloc_kind, year) SELECT id, kind, 2022 FROM bloc;
    ELSE
        INSERT INTO bloc_year (bloc_id, year) SELECT id, 2022 FROM bloc;
    END IF;
END $$;
INSERT INTO bloc_member (bloc_year_id, unit_id, year, bloc_kind) SELECT y.id, u.id, 2022, 'CUM' FROM bloc_year y, unit u;
-- A council member given two enabled accounts, which the builds before the one-account index allowed.
INSERT INTO council_member (authority_id, full_name) SELECT id, 'Hoàng Văn Mẫu' FROM authority WHERE code = 'LSN';
INSERT INTO app_user (username, password_hash, full_name, role, council_member_id)
    SELECT 'hoidong.mau', 'x', 'Hoàng Văn Mẫu', 'COUNCIL_MEMBER', id FROM council_member;
INSERT INTO app_user (username, password_hash, full_name, role, council_member_id, enabled)
    SELECT 'hoidong.mau2', 'x', 'Hoàng Văn Mẫu', 'COUNCIL_MEMBER', id,
           NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'app_user_council_member')
      FROM council_member;
