-- Instances keep some tables in memory (the legal parameters). Each such table's generation is
-- bumped by a trigger in the very transaction that changes it; an instance reads the generation
-- before it uses its copy and reloads when it moved, so a change made on one instance is in force
-- on every other at their next decision, without a message to lose.
CREATE TABLE data_generation (
    name        varchar(60) PRIMARY KEY,
    generation  bigint NOT NULL
);

CREATE FUNCTION bump_data_generation() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_generation (name, generation) VALUES (TG_TABLE_NAME, 1)
        ON CONFLICT (name) DO UPDATE SET generation = data_generation.generation + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER legal_parameter_generation
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON legal_parameter
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_generation();

INSERT INTO data_generation (name, generation) VALUES ('legal_parameter', 1);
