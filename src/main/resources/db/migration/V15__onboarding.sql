-- A province's onboarding workbook names each council member by its name within the authority, as
-- units and blocs already are (unit_name_in_authority, bloc_name_in_authority): the database holds
-- that key too, so an import run twice, or two people adding the same member, cannot make two.

DO $$
DECLARE
    twins text;
BEGIN
    SELECT string_agg(format('%s (authority %s, %s rows)', name, authority_id, n), '; ')
      INTO twins
      FROM (SELECT authority_id, min(full_name) AS name, count(*) AS n
              FROM council_member
             GROUP BY authority_id, search_key(full_name)
            HAVING count(*) > 1) same;
    IF twins IS NOT NULL THEN
        RAISE EXCEPTION 'V15: council members with the same name in one authority must be told apart (rename one) before upgrading: %', twins;
    END IF;
END $$;

CREATE UNIQUE INDEX council_member_name_in_authority ON council_member (authority_id, search_key(full_name));
