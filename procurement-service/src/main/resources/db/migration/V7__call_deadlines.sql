-- Deadlines of a call after its application window (issue 5 item 4): the operator's compliance
-- check within 10 working days of the window closing, the commission's evaluation within 15
-- working days after that. Computed when the call is created.
ALTER TABLE funding_call
    ADD COLUMN compliance_due_on DATE,
    ADD COLUMN evaluation_due_on DATE;
