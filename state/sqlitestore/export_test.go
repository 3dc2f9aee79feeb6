package sqlitestore

// MigrationsTo returns the schema steps up to version v, to build files as older releases wrote them
// (released steps are never edited).
func MigrationsTo(v int) []string { return migrations[:v] }
