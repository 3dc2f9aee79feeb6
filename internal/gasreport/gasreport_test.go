package gasreport_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"spoke/internal/gasreport"
)

// snapshotPath is docs/gas-snapshot.json, seen from this package's directory.
var snapshotPath = filepath.Join("..", "..", "docs", "gas-snapshot.json")

var (
	measureOnce sync.Once
	measured    []gasreport.Op
	measureErr  error
)

// measure runs Measure once for all tests of the package.
func measure(t *testing.T) []gasreport.Op {
	t.Helper()
	measureOnce.Do(func() { measured, measureErr = gasreport.Measure(context.Background()) })
	if measureErr != nil {
		t.Fatal(measureErr)
	}
	return measured
}

// TestGasNotAboveSnapshot fails when an operation uses more gas than docs/gas-snapshot.json records.
func TestGasNotAboveSnapshot(t *testing.T) {
	ops := measure(t)
	for _, op := range ops {
		if op.Gas == 0 {
			t.Errorf("%s: no gas measured", op.Name)
		}
		if op.Note == "" {
			t.Errorf("%s: no note on its setting", op.Name)
		}
		t.Logf("%-50s %8d", op.Name, op.Gas)
	}
	snap, err := os.ReadFile(snapshotPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := gasreport.Compare(ops, snap); err != nil {
		t.Fatalf("%v\nif the increase is intended, regenerate from the repository root with "+
			"`go run ./cmd/spoke gas --md docs/gas.md --snapshot docs/gas-snapshot.json` and commit docs/gas.md and docs/gas-snapshot.json", err)
	}
}

func TestMarkdownNamesEveryOperation(t *testing.T) {
	ops := measure(t)
	const command = "go run ./cmd/spoke gas --md docs/gas.md --snapshot docs/gas-snapshot.json"
	md := gasreport.Markdown(ops, command)
	for _, op := range ops {
		if !strings.Contains(md, "| "+op.Name+" |") {
			t.Errorf("the table lacks %q", op.Name)
		}
		if !strings.Contains(md, "**"+op.Name+"**") {
			t.Errorf("the notes lack %q", op.Name)
		}
	}
	if !strings.Contains(md, command) {
		t.Error("the report does not say how to regenerate it")
	}
}

func TestCompare(t *testing.T) {
	snap, err := gasreport.Snapshot([]gasreport.Op{{Name: "a", Gas: 100}, {Name: "b", Gas: 200}, {Name: "gone", Gas: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if err := gasreport.Compare([]gasreport.Op{{Name: "a", Gas: 100}, {Name: "b", Gas: 150}, {Name: "gone", Gas: 1}}, snap); err != nil {
		t.Errorf("equal or lower gas: %v", err)
	}
	err = gasreport.Compare([]gasreport.Op{{Name: "a", Gas: 101}, {Name: "b", Gas: 200}, {Name: "new", Gas: 5}}, snap)
	if err == nil {
		t.Fatal("growth and missing operations passed")
	}
	for _, want := range []string{`"a" grew from 100 to 101`, `"gone" is in the snapshot but was not measured`, `"new" is missing from the snapshot`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %s", err, want)
		}
	}
	if strings.Contains(err.Error(), `"b"`) {
		t.Errorf("error names an operation that did not grow: %v", err)
	}
	if _, err := gasreport.Snapshot([]gasreport.Op{{Name: "a"}, {Name: "a"}}); err == nil {
		t.Error("a snapshot with a duplicate name was accepted")
	}
}
