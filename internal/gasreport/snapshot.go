package gasreport

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Snapshot encodes the gas of each operation as a JSON object, operation name to gas, keys sorted.
func Snapshot(ops []Op) ([]byte, error) {
	m := make(map[string]uint64, len(ops))
	for _, op := range ops {
		if _, dup := m[op.Name]; dup {
			return nil, fmt.Errorf("gasreport: snapshot: %q appears twice", op.Name)
		}
		m[op.Name] = op.Gas
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Compare checks ops against a snapshot. It returns an error naming every operation whose gas is
// above the snapshot's, every operation of the snapshot that was not measured, and every measured
// operation the snapshot lacks (regenerate the snapshot to add it). Operations that got cheaper pass.
func Compare(ops []Op, snapshot []byte) error {
	var want map[string]uint64
	if err := json.Unmarshal(snapshot, &want); err != nil {
		return fmt.Errorf("gasreport: read snapshot: %w", err)
	}
	var problems []string
	seen := make(map[string]bool, len(ops))
	for _, op := range ops {
		seen[op.Name] = true
		old, ok := want[op.Name]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("%q is missing from the snapshot (measured %d)", op.Name, op.Gas))
		case op.Gas > old:
			problems = append(problems, fmt.Sprintf("%q grew from %d to %d gas (+%d)", op.Name, old, op.Gas, op.Gas-old))
		}
	}
	var unmeasured []string
	for name := range want {
		if !seen[name] {
			unmeasured = append(unmeasured, name)
		}
	}
	slices.Sort(unmeasured)
	for _, name := range unmeasured {
		problems = append(problems, fmt.Sprintf("%q is in the snapshot but was not measured", name))
	}
	if len(problems) == 0 {
		return nil
	}
	return errors.New("gasreport: gas does not match the snapshot:\n  " + strings.Join(problems, "\n  "))
}
