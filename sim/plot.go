package sim

import (
	"fmt"
	"path/filepath"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
)

// Plot sizes.
const (
	plotW = 6 * vg.Inch
	plotH = 3.5 * vg.Inch
)

// savePlot writes p as dir/name.png and dir/name.svg.
func savePlot(p *plot.Plot, dir, name string) error {
	for _, ext := range []string{".png", ".svg"} {
		if err := p.Save(plotW, plotH, filepath.Join(dir, name+ext)); err != nil {
			return fmt.Errorf("sim: plot %s%s: %w", name, ext, err)
		}
	}
	return nil
}

// plotSuccessByAmount draws the success ratio per amount bucket.
func (r *Result) plotSuccessByAmount(dir string) error {
	p := plot.New()
	p.Title.Text = "Success ratio by amount"
	p.X.Label.Text = "amount bucket (wei, upper bound)"
	p.Y.Label.Text = "success ratio"
	p.Y.Min, p.Y.Max = 0, 1
	var vals plotter.Values
	var names []string
	for _, b := range r.Summary.ByAmount {
		if b.Payments == 0 {
			continue
		}
		vals = append(vals, b.Ratio)
		names = append(names, bucketLabel(b.UpToWei))
	}
	if len(vals) == 0 {
		vals, names = plotter.Values{0}, []string{"none"}
	}
	bars, err := plotter.NewBarChart(vals, vg.Points(24))
	if err != nil {
		return err
	}
	bars.Color = plotutil.Color(0)
	p.Add(bars)
	p.NominalX(names...)
	return savePlot(p, dir, "success_by_amount")
}

// bucketLabel writes a bucket bound as 1e15 and the like.
func bucketLabel(up string) string {
	if up == "" {
		return "larger"
	}
	w, err := ParseWei(up)
	if err != nil {
		return up
	}
	return fmt.Sprintf("%.0e", w.Float())
}

// plotOverTime draws the time series: success ratio per interval, depleted hub-to-hub directions and
// mean balance share.
func (r *Result) plotOverTime(dir string) error {
	p := plot.New()
	p.Title.Text = "Over time"
	p.X.Label.Text = "virtual time (s)"
	p.Y.Label.Text = "ratio"
	var succ, depl, bal plotter.XYs
	for _, s := range r.Series {
		if s.WindowDone > 0 { // an interval in which nothing finished has no success ratio
			succ = append(succ, plotter.XY{X: s.T, Y: s.SuccessWindow})
		}
		depl = append(depl, plotter.XY{X: s.T, Y: s.DepletedShare})
		bal = append(bal, plotter.XY{X: s.T, Y: s.BalanceShare})
	}
	for _, xy := range []*plotter.XYs{&succ, &depl, &bal} {
		if len(*xy) == 0 {
			*xy = plotter.XYs{{}}
		}
	}
	if err := plotutil.AddLines(p, "success ratio (interval)", succ, "depleted hub-channel directions", depl,
		"hub-channel balance / start", bal); err != nil {
		return err
	}
	p.Legend.Top = true
	return savePlot(p, dir, "over_time")
}

// plotSweep draws one metric across the sweep's scenarios, labelled by xname's values.
func plotSweep(dir, metric, xname string, labels []string, ys []float64) error {
	p := plot.New()
	p.Title.Text = metric + " across the sweep"
	p.Y.Label.Text = metric
	p.X.Label.Text = xname
	pts := make(plotter.XYs, len(ys))
	for i, y := range ys {
		pts[i] = plotter.XY{X: float64(i), Y: y}
	}
	if err := plotutil.AddLinePoints(p, metric, pts); err != nil {
		return err
	}
	p.Legend.Top = true
	p.NominalX(labels...)
	return savePlot(p, dir, "sweep_"+metric)
}
