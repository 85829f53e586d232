"""Before the call: the question plan and bank, proposed times, outreach and follow-up drafts, typed dates."""
