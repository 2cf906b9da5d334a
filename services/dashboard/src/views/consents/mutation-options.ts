/** After any change to a consent every view resting on consents is read again, and waited for, so the page shows the change at once. */
export const refreshAfterConsentChange = { refetchQueries: ['FamilyConsents', 'Family', 'FamilyGuardianSections', 'WorkList'], awaitRefetchQueries: true };
