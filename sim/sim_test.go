package sim

import (
	"bytes"
	"testing"
)

// run runs cfg and returns its CSV, JSON and text output.
func run(t *testing.T, cfg Config) (*Result, []byte) {
	t.Helper()
	res, err := Run(cfg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := res.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	if err := res.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if err := res.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	return res, b.Bytes()
}

func TestDefaultScenarioRuns(t *testing.T) {
	res, out := run(t, Default())
	var txt bytes.Buffer
	res.WriteText(&txt)
	t.Log("\n" + txt.String())
	if res.Summary.Payments != 500 || res.Summary.Errors != 0 {
		t.Fatalf("payments %d errors %d %v", res.Summary.Payments, res.Summary.Errors, res.Summary.FirstErrors)
	}
	_ = out
}
