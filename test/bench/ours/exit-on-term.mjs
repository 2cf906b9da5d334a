// Loaded into a profiled service: SIGTERM ends the process normally, so Node writes its CPU profile.
process.once('SIGTERM', () => process.exit(0));
