package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// configFile is the config file a daemon reads from its data directory when --config is not given.
const configFile = "spoke.conf"

// loadConfig sets flags from a config file of `name = value` lines (names are the flags' names, # starts
// a comment). A flag given on the command line or through its environment variable keeps that value:
// command line, then environment, then config file, then the default. path "" means datadir's
// spoke.conf if it exists.
func loadConfig(fs *flag.FlagSet, path, datadir string) error {
	if path == "" {
		if datadir == "" {
			return nil
		}
		path = filepath.Join(datadir, configFile)
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	defer f.Close()
	given := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { given[fl.Name] = true })
	for name, env := range envFlags {
		if os.Getenv(env) != "" {
			given[name] = true
		}
	}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		name, value, ok := strings.Cut(text, "=")
		name, value = strings.TrimSpace(name), strings.Trim(strings.TrimSpace(value), `"`)
		if !ok || name == "" {
			return fmt.Errorf("config %s:%d: want `name = value`, got %q", path, line, text)
		}
		if name == "config" || fs.Lookup(name) == nil {
			return fmt.Errorf("config %s:%d: unknown setting %q (settings are the flags of %s; see --help)", path, line, name, fs.Name())
		}
		if given[name] {
			continue
		}
		if err := fs.Set(name, value); err != nil {
			return fmt.Errorf("config %s:%d: %s: %w", path, line, name, err)
		}
	}
	return sc.Err()
}
