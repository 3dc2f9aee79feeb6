package sim

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFiles writes a run's output into dir: payments.csv, summary.json, summary.txt and the plots
// (success_by_amount and over_time, each .png and .svg). plots false skips the plots.
func (r *Result) WriteFiles(dir string, plots bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, write := range map[string]func(io.Writer) error{
		"payments.csv": r.WriteCSV, "summary.json": r.WriteJSON, "summary.txt": r.WriteText} {
		if err := writeFile(filepath.Join(dir, name), write); err != nil {
			return err
		}
	}
	if !plots {
		return nil
	}
	if err := r.plotSuccessByAmount(dir); err != nil {
		return err
	}
	return r.plotOverTime(dir)
}

// writeFile writes path through a buffer.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	b := bufio.NewWriterSize(f, 1<<16)
	if err := write(b); err != nil {
		f.Close()
		return fmt.Errorf("sim: write %s: %w", path, err)
	}
	if err := b.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
