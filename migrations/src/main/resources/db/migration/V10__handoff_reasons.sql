-- Why a person was asked to take over, in the order the client gave the reasons: a JSON array of
-- CLIENT_ASKED (they asked for a person), CRISIS (words of crisis or danger), SEE_DATA (they asked
-- what we keep about them), ERASE (they asked for their data to be erased). NULL when the case was
-- handed in without one.

ALTER TABLE care_case
    ADD COLUMN handoff_reasons VARCHAR(100) NULL
        CHECK (handoff_reasons IS NULL OR JSON_VALID(handoff_reasons)) AFTER priority;
