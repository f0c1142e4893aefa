-- Public comments and personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): the address a comment
-- came from (for a per-address limit), erased with the contact a set number of days after the
-- decision; the board may mark a comment as spam, which then needs no answer.
ALTER TABLE public_comment ALTER COLUMN contact DROP NOT NULL;
ALTER TABLE public_comment
    ADD COLUMN address           varchar(64),
    ADD COLUMN spam              boolean NOT NULL DEFAULT false,
    ADD COLUMN marked_spam_by    varchar(60),
    ADD COLUMN contact_erased_at timestamptz;
CREATE INDEX public_comment_address ON public_comment (address, created_at) WHERE address IS NOT NULL;
