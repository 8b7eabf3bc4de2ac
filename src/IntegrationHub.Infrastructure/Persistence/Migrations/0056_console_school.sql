-- The web console (issue 12), school screens: a school user's answer to "beslissing nodig" enters through the intake
-- like the school's own LVS message, on its own channel 'console', so a refused one is kept with the others.
ALTER TABLE rejected_submissions DROP CONSTRAINT rejected_submissions_channel_check;
ALTER TABLE rejected_submissions ADD CONSTRAINT rejected_submissions_channel_check CHECK (channel IN ('amqp', 'http', 'console'));
