-- The client's address when they gave one (postcode and house number, "7141 AB 12"): another
-- member of the same household finds the household's coordinator through it.

ALTER TABLE care_case
    ADD COLUMN address VARCHAR(20) NULL AFTER postcode,
    ADD INDEX ix_case_address (address);
