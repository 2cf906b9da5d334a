-- The child's own view (barnets inställning), recorded from the policy's age (12 by default).
ALTER TABLE consents ADD COLUMN child_view text;
